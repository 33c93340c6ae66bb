/** The desk's report periods: they live in the calendar module (src/lib/calendar/periods.ts). */
export { listsInPeriod, parsePeriod, periodKey, periodLabel, periodRange, recentPeriods, type ReportPeriod } from '../calendar/periods';
