import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../units/fixture';
import { listsInPeriod, parsePeriod, periodKey, periodLabel, periodRange, recentPeriods, type ReportPeriod } from './periods';

const registry = fixtureRegistry();
const q = (year: number, quarter: 1 | 2 | 3 | 4): ReportPeriod => ({ kind: 'quarter', year, quarter });
const y = (year: number): ReportPeriod => ({ kind: 'year', year });

describe('parsePeriod and periodKey', () => {
  it('reads a quarter or a year and writes it back', () => {
    expect(parsePeriod('2025-Q3')).toEqual(q(2025, 3));
    expect(parsePeriod(' 2025-q1 ')).toEqual(q(2025, 1));
    expect(parsePeriod('2025')).toEqual(y(2025));
    expect(periodKey(q(2025, 3))).toBe('2025-Q3');
    expect(periodKey(y(2025))).toBe('2025');
    for (const text of ['2025-Q3', '2024']) expect(periodKey(parsePeriod(text)!)).toBe(text);
  });

  it('returns null for anything else', () => {
    for (const text of ['', '2025-Q5', '2025-Q0', '2025Q3', '25', '2025-3', 'Q3-2025', '2025-Q3x', '<script>', '0999']) {
      expect(parsePeriod(text), text).toBeNull();
    }
  });
});

describe('periodLabel and periodRange', () => {
  it('labels in Vietnamese and gives inclusive ISO bounds', () => {
    expect(periodLabel(q(2025, 3))).toBe('Quý 3/2025');
    expect(periodLabel(y(2025))).toBe('Năm 2025');
    expect(periodRange(q(2025, 3))).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(periodRange(q(2024, 1))).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodRange(y(2025))).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('listsInPeriod', () => {
  const ids = (p: ReportPeriod) => listsInPeriod(registry, p).map((l) => l.id);
  it('gives every list valid on some day of the period, in date order', () => {
    expect(ids(q(2025, 3))).toEqual(['c']);
    expect(ids(q(2025, 2))).toEqual(['b']);
    expect(ids(y(2025))).toEqual(['b', 'c']);
    expect(ids(y(2024))).toEqual(['a']);
    expect(ids(q(2019, 2))).toEqual(['a']);
    expect(ids(q(2019, 1))).toEqual([]);
    expect(ids(y(2030))).toEqual(['c']);
  });
});

describe('recentPeriods', () => {
  it('gives the current and previous quarters and the current and previous years, newest first', () => {
    expect(recentPeriods('2025-08-15', 6).map(periodKey)).toEqual(['2025-Q3', '2025-Q2', '2025-Q1', '2025', '2024-Q4', '2024-Q3', '2024-Q2', '2024']);
    expect(recentPeriods('2026-01-05', 3).map(periodKey)).toEqual(['2026-Q1', '2026', '2025-Q4', '2025-Q3', '2025']);
    expect(recentPeriods('2025-12-31', 9).map(periodLabel)).toEqual([
      'Quý 4/2025',
      'Quý 3/2025',
      'Quý 2/2025',
      'Quý 1/2025',
      'Năm 2025',
      'Quý 4/2024',
      'Quý 3/2024',
      'Quý 2/2024',
      'Quý 1/2024',
      'Năm 2024',
      'Quý 4/2023',
    ]);
  });

  it('offers the year of every quarter it goes back to', () => {
    expect(recentPeriods('2025-02-01', 9).filter((p) => p.kind === 'year').map(periodKey)).toEqual(['2025', '2024', '2023']);
  });

  it('always offers both years, even with few quarters', () => {
    expect(recentPeriods('2025-08-15', 1).map(periodKey)).toEqual(['2025-Q3', '2025', '2024']);
    expect(recentPeriods('2025-08-15', 0).map(periodKey)).toEqual(['2025', '2024']);
  });

  it('gives keys that parse back', () => {
    for (const p of recentPeriods('2025-05-01', 8)) expect(parsePeriod(periodKey(p))).toEqual(p);
  });
});
