import { isoDateIn } from '../lib/calendar/dates';

/**
 * The two things the getters take from outside the content: the project they
 * read (content/, public/) and the day they count as today (dates after it are
 * refused, a quarter still running is marked as such). The root is the working
 * directory, read once: the build, the dev server and the scripts all run from
 * the project folder. Today is the date in Việt Nam, read once per build or
 * script; the dev server reads the clock again on each call, so one left running
 * past midnight moves on to the new day. Tests set either with setDataContext().
 */
interface DataContext {
  root?: string | undefined;
  today?: string | undefined;
}

const watching = Boolean(import.meta.env?.DEV);
let given: DataContext = {};
let cwd: string | undefined;
let clockDay: string | undefined;

/** The project folder the getters read. */
export function projectRoot(): string {
  return given.root ?? (cwd ??= process.cwd());
}

/** Today's ISO date (YYYY-MM-DD) in Việt Nam. */
export function today(): string {
  if (given.today) return given.today;
  if (watching) return isoDateIn(new Date());
  return (clockDay ??= isoDateIn(new Date()));
}

/** For tests: another project root or another today; setDataContext({}) goes back to the real ones. */
export function setDataContext(context: DataContext): void {
  given = { ...context };
}
