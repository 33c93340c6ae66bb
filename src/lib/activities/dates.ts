/** Calendar dates now live in the calendar module; kept for the importers outside it (desk, data). */
export { isCalendarDate, isoDateIn, parseOfficerDate } from '../calendar/dates';
