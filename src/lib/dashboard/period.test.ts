import { describe, expect, it } from 'vitest';
import { fixtureLists } from '../units/fixture';
import { listCoversQuarter, parseQuarterId, quarterEnded, quarterId, quartersBetween, unitsNeeded } from './period';

const [listA, listB, listC] = fixtureLists as [(typeof fixtureLists)[0], (typeof fixtureLists)[0], (typeof fixtureLists)[0]];

describe('quartersBetween', () => {
  it('runs from the plan date (02/11/2021, Q4) to the plan end when today is later', () => {
    const quarters = quartersBetween('2021-11-02', '2025-12-31', '2026-11-29');
    expect(quarters[0]).toEqual({ year: 2021, quarter: 4 });
    expect(quarters.at(-1)).toEqual({ year: 2025, quarter: 4 });
    expect(quarters).toHaveLength(17);
  });

  it('stops at the quarter holding today while the plan runs', () => {
    expect(quartersBetween('2021-11-02', '2025-12-31', '2022-05-10').map(quarterId)).toEqual(['2021-q4', '2022-q1', '2022-q2']);
  });
});

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

describe('quarter ids', () => {
  it('round-trips and says when a quarter is over', () => {
    expect(parseQuarterId(quarterId({ year: 2024, quarter: 3 }))).toEqual({ year: 2024, quarter: 3 });
    expect(parseQuarterId('2024-q5')).toBeNull();
    expect(quarterEnded({ year: 2024, quarter: 3 }, '2024-10-01')).toBe(true);
    expect(quarterEnded({ year: 2024, quarter: 4 }, '2024-10-01')).toBe(false);
  });
});

describe('listCoversQuarter', () => {
  it('takes the list in force on the quarter’s first day', () => {
    expect(listCoversQuarter(listA, { year: 2024, quarter: 4 })).toBe(true);
    expect(listCoversQuarter(listA, { year: 2025, quarter: 1 })).toBe(false);
    expect(listCoversQuarter(listB, { year: 2025, quarter: 2 })).toBe(true);
    expect(listCoversQuarter(listB, { year: 2025, quarter: 3 })).toBe(false);
    expect(listCoversQuarter(listC, { year: 2030, quarter: 1 })).toBe(true);
  });
});
