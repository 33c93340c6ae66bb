/** Calendar quarters (quý) of ISO dates; pure. */
export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** "2024-05-17" → { year: 2024, quarter: 2 }. */
export function quarterOf(date: string): { year: number; quarter: Quarter } {
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
