import { quarterLabel, quarterOf, quarterRange, type Quarter, type YearQuarter } from './quarters';

/** The period a report covers: one calendar quarter or one calendar year. Pure. */
export type ReportPeriod = { kind: 'quarter'; year: number; quarter: Quarter } | { kind: 'year'; year: number };

/** Anything valid from a day until a day (null: still in force), such as a unit list. */
export interface Validity {
  validFrom: string;
  validTo: string | null;
}

const PATTERN = /^(\d{4})(?:-[Qq]([1-4]))?$/;

/** "2025-Q3" (or "2025-q3") → quarter 3 of 2025; "2025" → the year 2025; null when malformed. */
export function parsePeriod(text: string): ReportPeriod | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900) return null;
  return match[2] ? { kind: 'quarter', year, quarter: Number(match[2]) as Quarter } : { kind: 'year', year };
}

/** "2025-Q3" or "2025": the text parsePeriod reads back. */
export const periodKey = (period: ReportPeriod): string => (period.kind === 'quarter' ? `${period.year}-Q${period.quarter}` : String(period.year));

/** "Quý 3/2025" or "Năm 2025". */
export const periodLabel = (period: ReportPeriod): string =>
  period.kind === 'quarter' ? quarterLabel(period.year, period.quarter) : `Năm ${period.year}`;

/** First and last day of the period, inclusive ISO dates. */
export function periodRange(period: ReportPeriod): { start: string; end: string } {
  return period.kind === 'quarter' ? quarterRange(period.year, period.quarter) : { start: `${period.year}-01-01`, end: `${period.year}-12-31` };
}

/** True when something valid from `validFrom` to `validTo` is in force on at least one day of start–end (inclusive ISO dates). */
export const validDuring = (validity: Validity, start: string, end: string): boolean =>
  validity.validFrom <= end && (validity.validTo === null || validity.validTo >= start);

/** The lists (anything with a validity) valid on at least one day of the period, in date order. */
export function listsInPeriod<T extends Validity>(registry: { lists: readonly T[] }, period: ReportPeriod): T[] {
  const { start, end } = periodRange(period);
  return registry.lists.filter((list) => validDuring(list, start, end)).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

/** True when the list is the one in force on the quarter's first day (the rule quarterly coverage counts by). */
export function listCoversQuarter(list: Validity, quarter: YearQuarter): boolean {
  const start = quarterRange(quarter.year, quarter.quarter).start;
  return start >= list.validFrom && (list.validTo === null || start <= list.validTo);
}

/**
 * The periods an officer is likely to report on a given day, newest first:
 * the current quarter and the `quarters - 1` before it, the year of each of
 * those quarters, and the current and previous years. A year comes right after its first quarter, so the list
 * reads "Quý 3/2025, Quý 2/2025, Quý 1/2025, Năm 2025, Quý 4/2024, …";
 * the previous year is there even when none of its quarters is.
 */
export function recentPeriods(today: string, quarters: number): ReportPeriod[] {
  const current = quarterOf(today);
  const out: ReportPeriod[] = [];
  let { year, quarter } = current;
  for (let i = 0; i < Math.max(quarters, 0); i += 1) {
    out.push({ kind: 'quarter', year, quarter });
    if (quarter === 1) {
      out.push({ kind: 'year', year });
      year -= 1;
      quarter = 4;
    } else quarter = (quarter - 1) as Quarter;
  }
  for (const y of [current.year, current.year - 1]) {
    if (!out.some((p) => p.kind === 'year' && p.year === y)) out.push({ kind: 'year', year: y });
  }
  return out;
}
