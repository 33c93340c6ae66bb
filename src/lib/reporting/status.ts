import { addDays } from '../calendar/dates';
import { quarterRange, type YearQuarter } from '../calendar/quarters';
import type { ActivityRecord } from '../activities/types';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit } from '../units/types';
import { closeStatus, type CloseStatus } from './close';
import { reportersOf, sameReporter, type Reporter } from './reporters';
import type { QuarterReports, Receipt, Reminder, ReporterLevel } from './types';

/** The three states of a unit in a quarter. */
export type ReportState = 'co-hoat-dong' | 'khong-co-hoat-dong' | 'chua-bao-cao';

export const STATE_LABELS: Record<ReportState, string> = {
  'co-hoat-dong': 'Có hoạt động',
  'khong-co-hoat-dong': 'Đã báo cáo, không có hoạt động',
  'chua-bao-cao': 'Chưa báo cáo',
};

/** One expected report and what is known of it. */
export interface ReporterStatus {
  reporter: Reporter;
  state: ReportState;
  /** The receipt recorded, if any (the first one: a report is received once). */
  receipt: Receipt | null;
  /** True when a report counts as received: a receipt, or activities recorded for its units in the quarter. */
  received: boolean;
  /** Received by the due date (needs a receipt: its date). */
  onTime: boolean;
  /** Activities in the quarter for its units. */
  activities: number;
  /** Its units with at least one activity in the quarter. */
  activeUnits: number;
  /** The latest reminder, if any. */
  reminded: Reminder | null;
}

export interface QuarterReporting extends YearQuarter {
  level: ReporterLevel;
  listId: string;
  /** Quarter end + the due days of the settings. */
  dueDate: string;
  expected: number;
  received: number;
  /** Receipts with a date on or before the due date. */
  onTime: number;
  /** Received reports that carry a receipt date (activities alone do not say when the report came). */
  dated: number;
  /** received ÷ expected; null when nothing is expected. */
  reportingRate: number | null;
  /** onTime ÷ expected; null when no receipt of the quarter carries a date (not known, never 0). */
  onTimeRate: number | null;
  /** Commune-level units in each state. */
  units: Record<ReportState, number> & { total: number };
  rows: ReporterStatus[];
  close: CloseStatus;
}

const key = (listId: string, code: string) => `${listId}:${code}`;

/**
 * Reporting for a quarter: which expected reports came in (a receipt, or
 * activities recorded for the reporter's units), on time or not, and each
 * commune-level unit's state: had activity, reported no activity, not reported.
 * Coverage is unchanged (units with activity ÷ units); this is beside it.
 */
export function quarterReporting(input: {
  period: YearQuarter;
  registry: UnitRegistry;
  records: readonly ActivityRecord[];
  reports: QuarterReports | undefined;
  dueDays: number;
  inScope?: (unit: AdminUnit) => boolean;
  /** For areas: only these reporters (default all in scope). */
  area?: (reporter: Reporter) => boolean;
}): QuarterReporting | null {
  const { period, registry, reports } = input;
  const expected = reportersOf(registry, period, input.inScope);
  if (!expected) return null;
  const { start, end } = quarterRange(period.year, period.quarter);
  const dueDate = addDays(end, input.dueDays);
  const perUnit = new Map<string, number>();
  for (const record of input.records) {
    if (record.date < start || record.date > end || record.listId !== expected.list.id) continue;
    perUnit.set(key(record.listId, record.code), (perUnit.get(key(record.listId, record.code)) ?? 0) + 1);
  }
  const reporters = expected.reporters.filter(input.area ?? (() => true));
  const rows = reporters.map((reporter): ReporterStatus => {
    const receipt = reports?.receipts.find((r) => sameReporter(r.unit, reporter.ref)) ?? null;
    const reminders = reports?.reminders.filter((r) => sameReporter(r.unit, reporter.ref)) ?? [];
    const reminded = reminders.reduce<Reminder | null>((latest, r) => (latest === null || r.on > latest.on ? r : latest), null);
    const perReporterUnit = reporter.units.map((unit) => perUnit.get(key(unit.listId, unit.code)) ?? 0);
    const activities = perReporterUnit.reduce((sum, n) => sum + n, 0);
    const received = receipt !== null || activities > 0;
    const state: ReportState = activities > 0 ? 'co-hoat-dong' : received ? 'khong-co-hoat-dong' : 'chua-bao-cao';
    return { reporter, state, receipt, received, onTime: receipt !== null && receipt.receivedOn <= dueDate, activities, activeUnits: perReporterUnit.filter((n) => n > 0).length, reminded };
  });
  return summarise({ year: period.year, quarter: period.quarter, level: expected.level, listId: expected.list.id, dueDate }, rows, reports);
}

/**
 * The figures of some reporters' rows: received, on time, the units in each
 * state and the close over their area. Used for the whole quarter and, from
 * the same rows, for one district (no second pass over the records).
 */
export function summarise(quarter: Pick<QuarterReporting, 'year' | 'quarter' | 'level' | 'listId' | 'dueDate'>, rows: ReporterStatus[], reports: QuarterReports | undefined): QuarterReporting {
  const units = { 'co-hoat-dong': 0, 'khong-co-hoat-dong': 0, 'chua-bao-cao': 0, total: 0 };
  for (const row of rows) {
    const count = row.reporter.units.length;
    units.total += count;
    units['co-hoat-dong'] += row.activeUnits;
    // A unit with no activity whose report came in reported none; the others have not reported.
    units[row.received ? 'khong-co-hoat-dong' : 'chua-bao-cao'] += count - row.activeUnits;
  }
  const received = rows.filter((row) => row.received).length;
  const onTime = rows.filter((row) => row.onTime).length;
  const dated = rows.filter((row) => row.receipt !== null).length;
  return {
    ...quarter,
    expected: rows.length,
    received,
    onTime,
    dated,
    reportingRate: rows.length === 0 ? null : received / rows.length,
    onTimeRate: rows.length === 0 || dated === 0 ? null : onTime / rows.length,
    units,
    rows,
    close: closeStatus(reports, rows.map((row) => row.reporter.districtCode)),
  };
}
