import { describe, expect, it } from 'vitest';
import { unitsNeeded } from './overview';

describe('unitsNeeded', () => {
  it('counts the communes missing to reach 90% of 161 (145 needed)', () => {
    expect(unitsNeeded(0.9, 161, 120)).toBe(25);
    expect(unitsNeeded(0.9, 161, 145)).toBe(0);
    expect(unitsNeeded(0.9, 139, 100)).toBe(26);
  });

  it('does not round 90% of 10 up to 10 through floating point', () => {
    expect(unitsNeeded(0.9, 10, 8)).toBe(1);
  });
});
