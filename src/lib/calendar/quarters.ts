/** Calendar quarters (quý) of ISO dates, and the quarters of a plan period; pure. */
export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export interface YearQuarter {
  year: number;
  quarter: Quarter;
}

/** "2024-05-17" → { year: 2024, quarter: 2 }. */
export function quarterOf(date: string): YearQuarter {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: (Math.floor((month - 1) / 3) + 1) as Quarter };
}

/** First and last day of a quarter, inclusive ISO dates. */
export function quarterRange(year: number, quarter: Quarter): { start: string; end: string } {
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  return { start: `${year}-${starts[quarter - 1]}`, end: `${year}-${ends[quarter - 1]}` };
}

/** "Quý 2/2024". */
export const quarterLabel = (year: number, quarter: Quarter) => `Quý ${quarter}/${year}`;

/** Axis text under a series of quarters: the year under each first quarter (and under the first one when the series starts in Q1 or Q2), else null. */
export const yearAxisLabels = (quarters: readonly YearQuarter[]): (string | null)[] =>
  quarters.map((q, index) => (q.quarter === 1 || (index === 0 && q.quarter <= 2) ? String(q.year) : null));

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

/** "2024-q3" for URLs and file names. */
export const quarterId = ({ year, quarter }: YearQuarter) => `${year}-q${quarter}`;

export function parseQuarterId(id: string): YearQuarter | null {
  const match = /^(\d{4})-q([1-4])$/.exec(id);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter } : null;
}
