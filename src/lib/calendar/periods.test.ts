import { describe, expect, it } from 'vitest';
import { fixtureLists } from '../units/fixture';
import { listCoversQuarter, validDuring } from './periods';

const [listA, listB, listC] = fixtureLists as [(typeof fixtureLists)[0], (typeof fixtureLists)[0], (typeof fixtureLists)[0]];

// parsePeriod, periodRange, listsInPeriod and recentPeriods: report-periods.test.ts.

describe('listCoversQuarter', () => {
  it('takes the list in force on the quarter’s first day', () => {
    expect(listCoversQuarter(listA, { year: 2024, quarter: 4 })).toBe(true);
    expect(listCoversQuarter(listA, { year: 2025, quarter: 1 })).toBe(false);
    expect(listCoversQuarter(listB, { year: 2025, quarter: 2 })).toBe(true);
    expect(listCoversQuarter(listB, { year: 2025, quarter: 3 })).toBe(false);
    expect(listCoversQuarter(listC, { year: 2030, quarter: 1 })).toBe(true);
  });
});

describe('validDuring', () => {
  it('is true when the validity shares at least one day with the range', () => {
    const list = { validFrom: '2025-01-01', validTo: '2025-06-30' };
    expect(validDuring(list, '2025-06-30', '2025-09-30')).toBe(true);
    expect(validDuring(list, '2025-07-01', '2025-09-30')).toBe(false);
    expect(validDuring(list, '2024-10-01', '2024-12-31')).toBe(false);
    expect(validDuring({ validFrom: '2025-07-01', validTo: null }, '2030-01-01', '2030-12-31')).toBe(true);
  });
});
