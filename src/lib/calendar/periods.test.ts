import { describe, expect, it } from 'vitest';
import { fixtureLists } from '../units/fixture';
import { listCoversQuarter } from './periods';

const [listA, listB, listC] = fixtureLists as [(typeof fixtureLists)[0], (typeof fixtureLists)[0], (typeof fixtureLists)[0]];

// parsePeriod, periodRange, listsInPeriod and recentPeriods are tested through the desk's re-export (src/lib/desk/period.test.ts).

describe('listCoversQuarter', () => {
  it('takes the list in force on the quarter’s first day', () => {
    expect(listCoversQuarter(listA, { year: 2024, quarter: 4 })).toBe(true);
    expect(listCoversQuarter(listA, { year: 2025, quarter: 1 })).toBe(false);
    expect(listCoversQuarter(listB, { year: 2025, quarter: 2 })).toBe(true);
    expect(listCoversQuarter(listB, { year: 2025, quarter: 3 })).toBe(false);
    expect(listCoversQuarter(listC, { year: 2030, quarter: 1 })).toBe(true);
  });
});
