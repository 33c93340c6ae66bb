import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDateIn, parseIsoDate, parseOfficerDate } from './dates';

describe('calendar dates', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-2-9')).toBe(false);
  });

  it('parses an ISO date into parts, or throws naming the bad value', () => {
    expect(parseIsoDate('2021-11-02')).toEqual({ year: 2021, month: 11, day: 2 });
    expect(() => parseIsoDate('2024-02-31')).toThrow('"2024-02-31" is not a calendar date');
    expect(() => parseIsoDate('02/11/2021')).toThrow('Expected a date as YYYY-MM-DD, got "02/11/2021"');
  });

  it('reads dates as officers type them', () => {
    expect(parseOfficerDate(' 2/11/2021 ')).toBe('2021-11-02');
    expect(parseOfficerDate('02.11.2021')).toBe('2021-11-02');
    expect(parseOfficerDate('2021-11-2')).toBe('2021-11-02');
    expect(parseOfficerDate('31/02/2021')).toBeNull();
    expect(parseOfficerDate('hôm nay')).toBeNull();
  });

  it('gives the day in Việt Nam for a moment', () => {
    expect(isoDateIn(new Date('2024-12-31T18:00:00Z'))).toBe('2025-01-01');
    expect(isoDateIn(new Date('2024-12-31T18:00:00Z'), 'UTC')).toBe('2024-12-31');
  });
});
