import { QUARTERS, quarterOf, quarterRange, type Quarter } from '../coverage/quarters';
import type { UnitList } from '../units/types';

export interface YearQuarter {
  year: number;
  quarter: Quarter;
}

/**
 * The quarters of a plan period that have started by `today`: from the quarter
 * holding `start` to the one holding the earlier of `end` and `today`.
 */
export function quartersBetween(start: string, end: string, today: string): YearQuarter[] {
  const last = today < end ? today : end;
  if (last < start) return [];
  const from = quarterOf(start);
  const to = quarterOf(last);
  const result: YearQuarter[] = [];
  for (let year = from.year; year <= to.year; year += 1) {
    for (const quarter of QUARTERS) {
      if (year === from.year && quarter < from.quarter) continue;
      if (year === to.year && quarter > to.quarter) continue;
      result.push({ year, quarter });
    }
  }
  return result;
}

/** True when the quarter has ended by `today` (its figures are final). */
export const quarterEnded = ({ year, quarter }: YearQuarter, today: string) => quarterRange(year, quarter).end < today;

/** Units still needed to reach `target` (a ratio) of `units`, given `covered`. */
export function unitsNeeded(target: number, units: number, covered: number): number {
  return Math.max(0, Math.ceil(target * units - 1e-9) - covered);
}

/** "2024-q3" for URLs and file names. */
export const quarterId = ({ year, quarter }: YearQuarter) => `${year}-q${quarter}`;

export function parseQuarterId(id: string): YearQuarter | null {
  const match = /^(\d{4})-q([1-4])$/.exec(id);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter } : null;
}

/** True when the list is the one in force on the quarter's first day (the rule quarterly coverage counts by). */
export function listCoversQuarter(list: Pick<UnitList, 'validFrom' | 'validTo'>, quarter: YearQuarter): boolean {
  const start = quarterRange(quarter.year, quarter.quarter).start;
  return start >= list.validFrom && (list.validTo === null || start <= list.validTo);
}
