import type { ActivityRecord } from '../activities/types';
import { daysBetween } from '../calendar/dates';
import { QUARTERS, quarterId, quarterLabel, quarterOf, type YearQuarter } from '../calendar/quarters';
import { formatDate, formatNumber, formatPercent } from '../format/vi';
import type { Reporter } from '../reporting/reporters';
import { quarterReporting, STATE_LABELS, type ReporterStatus } from '../reporting/status';
import type { QuarterReports, ReporterRef } from '../reporting/types';
import type { UnitRegistry } from '../units/registry';

/**
 * Danh sách nhắc thứ Hai (the Monday list): for a quarter and an area, the
 * units not yet reported and those that reported no activity, each with the
 * days left to the due date, its last activity, when it was last reminded and
 * a ready-to-send message from the officers' templates. Pure.
 */

export interface MondaySettings {
  dueDays: number;
  messageNotReported: string;
  messageNoActivity: string;
}

/** "còn 5 ngày", "hạn là hôm nay", "đã quá hạn 3 ngày". */
export function daysLeftText(days: number): string {
  if (days > 0) return `còn ${formatNumber(days)} ngày`;
  if (days === 0) return 'hạn là hôm nay';
  return `đã quá hạn ${formatNumber(-days)} ngày`;
}

/** A template with {don_vi}, {quy}, {han_nop}, {con_lai}, {mau} filled in; unknown placeholders stay as typed. */
export function fillMessage(template: string, values: { don_vi: string; quy: string; han_nop: string; con_lai: string; mau: string }): string {
  return template.replace(/\{(don_vi|quy|han_nop|con_lai|mau)\}/g, (_, key: keyof typeof values) => values[key]);
}

/** The form value naming a reporter: "xa:2025-07:11953". */
export const reporterKey = (ref: Pick<ReporterRef, 'level' | 'list' | 'code'>) => `${ref.level}:${ref.list}:${ref.code}`;

/** Area choices of a quarter: the whole province, its districts (to 30/06/2025) or the old provinces' areas (from 01/07/2025). */
export function areaChoices(registry: UnitRegistry, period: YearQuarter): { value: string; label: string }[] {
  const list = registry.listOn(`${period.year}-${String(period.quarter * 3 - 2).padStart(2, '0')}-01`);
  if (!list) return [];
  const choices = [{ value: '', label: 'Toàn tỉnh' }];
  if (list.districts.length > 0) return [...choices, ...list.districts.map((d) => ({ value: `huyen:${d.code}`, label: `${d.type} ${d.name}` }))];
  const olds = [...new Set(list.units.map((u) => u.formedFromOldProvince).filter((name): name is string => name !== null))];
  return [...choices, ...olds.map((name) => ({ value: `tinh-cu:${name}`, label: `Vùng tỉnh ${name} cũ` }))];
}

/** The reporters an area choice keeps. */
export function areaFilter(area: string): (reporter: Reporter) => boolean {
  if (area.startsWith('huyen:')) return (r) => r.districtCode === area.slice(6);
  if (area.startsWith('tinh-cu:')) return (r) => r.units.some((u) => u.formedFromOldProvince === area.slice(8));
  return () => true;
}

/** The quarters the list can be shown for: the current one and the eight before it, newest first. */
export function mondayQuarters(today: string): YearQuarter[] {
  const result: YearQuarter[] = [];
  let { year, quarter } = quarterOf(today);
  for (let i = 0; i < 9; i += 1) {
    result.push({ year, quarter });
    if (quarter === 1) [year, quarter] = [year - 1, 4];
    else quarter = QUARTERS[quarter - 2]!;
  }
  return result;
}

export interface MondayRow {
  key: string;
  label: string;
  state: string;
  lastActivity: string;
  reminded: string | null;
  received: string | null;
  message: string;
}

export function mondayList(input: {
  period: YearQuarter;
  area: string;
  registry: UnitRegistry;
  records: readonly ActivityRecord[];
  reports: QuarterReports | undefined;
  settings: MondaySettings;
  today: string;
  /** Absolute address of the desk's Excel template for the quarter. */
  templateUrl: string;
}) {
  const { period, settings, today } = input;
  const status = quarterReporting({ period, registry: input.registry, records: input.records, reports: input.reports, dueDays: settings.dueDays, area: areaFilter(input.area) });
  if (!status) return null;
  const label = quarterLabel(period.year, period.quarter);
  const daysLeft = daysBetween(today, status.dueDate);
  // The last activity of each unit up to today, whatever the quarter.
  const last = new Map<string, string>();
  for (const record of input.records) {
    const key = `${record.listId}:${record.code}`;
    if (record.date <= today && (last.get(key) ?? '') < record.date) last.set(key, record.date);
  }
  const row = (s: ReporterStatus, template: string): MondayRow => {
    const latest = s.reporter.units.map((u) => last.get(`${u.listId}:${u.code}`) ?? '').sort().at(-1) ?? '';
    return {
      key: reporterKey(s.reporter.ref),
      label: s.reporter.label,
      state: STATE_LABELS[s.state],
      lastActivity: latest === '' ? 'chưa có hoạt động nào' : formatDate(latest),
      reminded: s.reminded ? formatDate(s.reminded.on) : null,
      received: s.receipt ? formatDate(s.receipt.receivedOn) : null,
      message: fillMessage(template, { don_vi: s.reporter.label, quy: label, han_nop: formatDate(status.dueDate), con_lai: daysLeftText(daysLeft), mau: input.templateUrl }),
    };
  };
  const notReported = status.rows.filter((s) => s.state === 'chua-bao-cao').map((s) => row(s, settings.messageNotReported));
  const noActivity = status.rows.filter((s) => s.state === 'khong-co-hoat-dong').map((s) => row(s, settings.messageNoActivity));
  const withActivity = status.rows.filter((s) => s.state === 'co-hoat-dong').map((s) => ({ label: s.reporter.label, activities: formatNumber(s.activities) }));
  return {
    id: quarterId(period),
    label,
    level: status.level,
    dueDate: formatDate(status.dueDate),
    daysLeft: daysLeftText(daysLeft),
    expected: formatNumber(status.expected),
    received: formatNumber(status.received),
    reportingRate: status.reportingRate === null ? 'không có đơn vị nào phải báo cáo' : formatPercent(status.reportingRate),
    onTimeRate: status.onTimeRate === null ? 'chưa ghi ngày nhận báo cáo nào' : formatPercent(status.onTimeRate),
    close: status.close.text,
    notReported,
    noActivity,
    withActivity,
    /** Every message, one after another, for "Sao chép tất cả". */
    allMessages: [...notReported, ...noActivity].map((r) => r.message).join('\n\n'),
  };
}
