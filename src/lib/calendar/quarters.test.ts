import { describe, expect, it } from 'vitest';
import { parseQuarterId, quarterEnded, quarterId, quarterLabel, quarterOf, quarterRange, quartersBetween, yearAxisLabels } from './quarters';

describe('quarterOf and quarterRange', () => {
  it('puts a date in its quarter and gives the quarter’s first and last day', () => {
    expect(['2024-01-01', '2024-03-31', '2024-04-01', '2024-12-31'].map((d) => quarterOf(d).quarter)).toEqual([1, 1, 2, 4]);
    expect(quarterRange(2024, 3)).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(quarterLabel(2024, 2)).toBe('Quý 2/2024');
  });
});

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

  it('is empty before the plan starts', () => {
    expect(quartersBetween('2021-11-02', '2025-12-31', '2021-01-01')).toEqual([]);
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

describe('yearAxisLabels', () => {
  it('writes the year under each first quarter, and under the first bar when the series starts early in a year', () => {
    expect(yearAxisLabels(quartersBetween('2021-11-02', '2022-12-31', '2023-01-01'))).toEqual([null, '2022', null, null, null]);
    expect(yearAxisLabels(quartersBetween('2024-04-01', '2025-03-31', '2026-01-01'))).toEqual(['2024', null, null, '2025']);
  });
});
