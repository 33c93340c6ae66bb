/** Calendar dates as ISO strings (YYYY-MM-DD); pure, no clock. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of "YYYY-MM-DD" when it names a real day (no 31/02), else null. */
function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

/** True when the string is YYYY-MM-DD and names a real day (no 31/02). */
export function isCalendarDate(iso: string): boolean {
  return isoParts(iso) !== null;
}

/** Parses "YYYY-MM-DD" as a calendar date, or throws naming the bad value. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  if (!ISO_DATE.test(iso)) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const parts = isoParts(iso);
  if (!parts) throw new Error(`"${iso}" is not a calendar date`);
  return parts;
}

/**
 * Reads a date as officers type it: dd/mm/yyyy (also d/m/yyyy, with "-" or ".")
 * or yyyy-mm-dd. Returns the ISO date, or null when it is not a real day.
 */
export function parseOfficerDate(text: string): string | null {
  const value = text.trim();
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (vn) [, day, month, year] = vn;
  else if (iso) [, year, month, day] = iso;
  else return null;
  const result = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isCalendarDate(result) ? result : null;
}

/** The ISO date of a moment in a time zone (default Việt Nam), e.g. for "today". */
export function isoDateIn(moment: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(moment);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The ISO date `days` days after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const at = (iso: string) => {
    const { year, month, day } = parseIsoDate(iso);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((at(to) - at(from)) / 86_400_000);
}
