import { parseActivityText } from '../data/activities';
import { parseQuarterText } from '../data/quarter-reports';
import type { ActivityLookups } from '../lib/activities/check-file';
import type { ActivityRecord } from '../lib/activities/types';
import { quarterLabel, quarterRange, type YearQuarter } from '../lib/calendar/quarters';
import { checkQuarterReports } from '../lib/reporting/check';
import { areaLabel, inArea, quarterDigests, recordPath } from '../lib/reporting/close';
import { emptyQuarterReports, reportsPath, type QuarterReports, type ReporterRef } from '../lib/reporting/types';
import { editQuarterText, type QuarterEdit } from '../lib/reporting/yaml';
import type { UnitRegistry } from '../lib/units/registry';
import { digestOf, StoreError, type Author, type ContentStore, type WriteReceipt } from './content-store';

/**
 * Writing a quarter file (content/bao-cao-quy/<year>-q<n>.yaml) from the desk:
 * a receipt, a reminder, a close with the digests of the quarter's records,
 * a reopening. Each reads the file through the store, applies one edit, checks
 * the whole file with the content check's rules and writes it only when the
 * edit brings no new problem; the write is refused if the file changed
 * meanwhile. Works the same on this machine's files and on GitHub.
 */

export interface QuarterContext {
  store: ContentStore;
  author: Author;
  registry: UnitRegistry;
  today: string;
  lookups: ActivityLookups;
}

/** A quarter file as stored now: its text (null when absent) and what it holds. */
export async function readQuarter(store: ContentStore, period: YearQuarter): Promise<{ path: string; text: string | null; reports: QuarterReports }> {
  const slug = `${period.year}-q${period.quarter}`;
  const path = reportsPath(slug);
  const text = (await store.read([path])).get(path) ?? null;
  if (text === null) return { path, text, reports: emptyQuarterReports(period.year, period.quarter) };
  const parsed = parseQuarterText(slug, text);
  if (!parsed.reports || parsed.issues.length > 0) {
    throw new StoreError(`Tệp ${path} đang có lỗi, chưa ghi thêm được: ${parsed.issues.map((i) => `${i.field}: ${i.problem.vi}`).join('; ')}. Sửa trong trang quản trị (Báo cáo quý và chốt số liệu) rồi làm lại.`);
  }
  return { path, text, reports: parsed.reports };
}

/** The records dated in a quarter, read through the store from every file that could hold them. */
export async function quarterRecords(store: ContentStore, registry: UnitRegistry, period: YearQuarter, lookups: ActivityLookups): Promise<ActivityRecord[]> {
  const { start, end } = quarterRange(period.year, period.quarter);
  const lists = registry.lists.filter((list) => list.validFrom <= end && (list.validTo === null || list.validTo >= start));
  const paths = lists.flatMap((list) => list.units.map((unit) => recordPath({ date: start, listId: list.id, code: unit.code })));
  const texts = await store.read(paths);
  const records: ActivityRecord[] = [];
  const broken: string[] = [];
  for (const [path, text] of texts) {
    if (text === null) continue;
    const { file, issues } = parseActivityText(path, text, lookups);
    if (!file || issues.length > 0) broken.push(path);
    else records.push(...file.activities.filter((r) => r.date >= start && r.date <= end));
  }
  if (broken.length > 0) throw new StoreError(`Các tệp sau đang có lỗi, chưa chốt được: ${broken.join(', ')}. Sửa trước (trang quản trị hoặc npm run content:check) rồi chốt.`);
  return records;
}

/** Applies one edit to a quarter file, checks it and writes it; a refusal says what to fix, in Vietnamese. */
async function writeEdit(context: QuarterContext, period: YearQuarter, edit: (reports: QuarterReports) => { edit: QuarterEdit; field: string }, message: string, records: readonly ActivityRecord[] = []): Promise<WriteReceipt> {
  const { path, text, reports } = await readQuarter(context.store, period);
  const { edit: change, field } = edit(reports);
  const after = editQuarterText(text, change);
  const parsed = parseQuarterText(reports.slug, after);
  if (!parsed.reports) throw new StoreError(parsed.issues.map((i) => i.problem.vi).join('; '));
  const problems = [...parsed.issues, ...checkQuarterReports(parsed.reports, { registry: context.registry, today: context.today, records })].filter((i) => i.field.startsWith(field));
  if (problems.length > 0) throw new StoreError(problems.map((i) => `${i.label ? `${i.label}: ` : ''}${i.problem.vi}`).join('; '));
  return context.store.write([{ path, text: after }], new Map([[path, digestOf(text)]]), { message, author: context.author });
}

/** "Đã nhận báo cáo" for a reporting unit (with "không có hoạt động" when said). */
export function recordReceipt(context: QuarterContext, period: YearQuarter, unit: ReporterRef, options: { from: string; noActivity: boolean; receivedOn?: string }): Promise<WriteReceipt> {
  const label = quarterLabel(period.year, period.quarter);
  return writeEdit(
    context,
    period,
    (reports) => ({ edit: { kind: 'receipt', receipt: { unit, receivedOn: options.receivedOn ?? context.today, from: options.from, noActivity: options.noActivity } }, field: `receipts.${reports.receipts.length}` }),
    `Ghi nhận báo cáo ${label} của ${unit.name}${options.noActivity ? ' (không có hoạt động)' : ''}`,
  );
}

/** "Đã nhắc" for a reporting unit, dated today. */
export function recordReminder(context: QuarterContext, period: YearQuarter, unit: ReporterRef): Promise<WriteReceipt> {
  return writeEdit(
    context,
    period,
    (reports) => ({ edit: { kind: 'reminder', reminder: { unit, on: context.today, by: context.author.name } }, field: `reminders.${reports.reminders.length}` }),
    `Đã nhắc ${unit.name} gửi báo cáo ${quarterLabel(period.year, period.quarter)}`,
  );
}

/** Chốt số liệu: closes a quarter for an area, storing the digest of each file's records in it. */
export async function closeQuarter(context: QuarterContext, period: YearQuarter, area: string, note: string): Promise<WriteReceipt> {
  const records = await quarterRecords(context.store, context.registry, period, context.lookups);
  const { files, records: count } = quarterDigests(records, period, inArea(area, context.registry));
  const list = context.registry.listOn(quarterRange(period.year, period.quarter).start);
  return writeEdit(
    context,
    period,
    (reports) => ({ edit: { kind: 'close', close: { area, closedOn: context.today, by: context.author.name, note, records: count, files, reopened: null } }, field: `closes.${reports.closes.length}` }),
    `Chốt số liệu ${quarterLabel(period.year, period.quarter)} (${list ? areaLabel(area, context.registry, list.id) : area}): ${count} hoạt động`,
    records,
  );
}

/** Mở lại: reopens a close, with a reason that is kept. */
export function reopenQuarter(context: QuarterContext, period: YearQuarter, index: number, reason: string): Promise<WriteReceipt> {
  return writeEdit(
    context,
    period,
    (reports) => {
      if (!reports.closes[index] || reports.closes[index]!.reopened) throw new StoreError(`Không có lần chốt số ${index + 1} đang có hiệu lực trong ${quarterLabel(period.year, period.quarter)}: tải lại trang.`);
      return { edit: { kind: 'reopen', index, reopening: { on: context.today, by: context.author.name, reason } }, field: `closes.${index}.reopened` };
    },
    `Mở lại số liệu ${quarterLabel(period.year, period.quarter)}: ${reason}`,
  );
}
