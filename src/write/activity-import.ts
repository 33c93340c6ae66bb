import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { activityLimits } from '../lib/activities/limits';
import { defaultLookups, materialRefs, parseActivityText, pathOfSlug } from '../data/activities';
import { getUnitRegistry } from '../data/units';
import type { ActivityLookups } from '../lib/activities/check-file';
import { decodeCsvBytes } from '../lib/activities/import/decode';
import { indexStored } from '../lib/activities/import/plan';
import { formatImportReport } from '../lib/activities/import/report';
import type { MaterialRef, RowContext } from '../lib/activities/import/row';
import { csvTable, xlsxTable, type Table } from '../lib/activities/import/table';
import { canWrite, planRead, readTable, type ImportResult } from '../lib/activities/import/validate-import';
import { fileSlug } from '../lib/activities/file-slug';
import type { ActivityFile, ActivityRecord } from '../lib/activities/types';
import { addActivitiesToText, newActivityFileText, type FileHeader } from '../lib/activities/yaml-file';
import { parseQuarterText } from '../data/quarter-reports';
import { parseQuarterId, quarterId, quarterOf, quarterRange, type YearQuarter } from '../lib/calendar/quarters';
import { formatDate, formatNumber } from '../lib/format/vi';
import { areaLabel, closedRefusal, closeOver } from '../lib/reporting/close';
import { reporterOfUnit, reportersOf, sameReporter } from '../lib/reporting/reporters';
import { emptyQuarterReports, reportsPath, type QuarterReports, type Receipt } from '../lib/reporting/types';
import { editQuarterText } from '../lib/reporting/yaml';
import { audiences, outreachFormats } from '../lib/taxonomy';
import type { UnitRegistry } from '../lib/units/registry';
import { digestOf, type Author, type ContentStore, type FileChange, type WriteReceipt } from './content-store';
import { localStore } from './local-store';
import { loadWaves } from '../data/waves';
import type { Wave } from '../lib/waves/types';

/**
 * Importing activity records, the one implementation behind the command line
 * (`npm run import:activities`) and the officers' data desk (/nhap-lieu/):
 * read the uploaded file, check every row against the unit list valid on its
 * date and the vocabularies, read only the activity files the rows would go
 * into (from disk or from GitHub), and plan what writing would add. A stored
 * record is never changed; a file that cannot be read is never written over.
 */

/** What the rules need besides the file: unit lists, vocabularies, materials, today. */
export interface ImportRules {
  registry: UnitRegistry;
  formats: RowContext['formats'];
  audiences: RowContext['audiences'];
  materials: readonly MaterialRef[];
  /** The campaign waves (content/dot-chien-dich/), for the optional dot column and the desk's linking. */
  waves: readonly Wave[];
  /** ISO date of today in Việt Nam (later dates are refused). */
  today: string;
  /** For reading stored files: materials that exist. */
  lookups: ActivityLookups;
}

/** The rules as this project's files give them. */
export function importRules(root: string, today: string): ImportRules {
  const registry = getUnitRegistry(root);
  const materials = materialRefs(root);
  const lookups = { ...defaultLookups(root, registry), today };
  return { registry, formats: outreachFormats, audiences, materials, waves: loadWaves(root).waves, today, lookups };
}

/** Limits of what is read at all; the desk sets them, the command line reads anything. */
export interface UploadLimits {
  maxBytes?: number;
  maxRows?: number;
}

export const DESK_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 200_000 } as const satisfies UploadLimits;

const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;

/** An uploaded file as a table, or why it cannot be read (in Vietnamese, with what to do). */
export async function readUpload(name: string, bytes: Uint8Array, limits: UploadLimits = {}): Promise<Table | string> {
  const extension = extname(name).toLowerCase();
  if (limits.maxBytes !== undefined && bytes.length > limits.maxBytes) {
    return `Tệp ${name} nặng ${megabytes(bytes.length)}, quá giới hạn ${megabytes(limits.maxBytes)}. Chia tệp theo quý hoặc theo huyện rồi nhập từng tệp.`;
  }
  if (bytes.length === 0) return `Tệp ${name} trống (0 byte). Chọn lại tệp đã lưu.`;
  let table: Table;
  if (extension === '.xlsx') {
    // An .xlsx is a ZIP archive: it starts with "PK".
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return `Tệp ${name} có đuôi .xlsx nhưng không phải tệp Excel. Mở bằng Excel và lưu lại dạng "Sổ làm việc Excel (.xlsx)".`;
    try {
      table = await xlsxTable(bytes);
    } catch (error) {
      return `Không đọc được tệp Excel ${name}: ${(error as Error).message}. Mở bằng Excel và lưu lại dạng .xlsx.`;
    }
  } else if (extension === '.csv' || extension === '.txt') {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) return `Tệp: ${name}\nKhông nhập được: ${decoded.problem.vi}`;
    const csv = csvTable(decoded.text);
    table = { ...csv, description: `${csv.description}, ${decoded.encoding}` };
  } else {
    return `Chỉ nhận tệp .xlsx hoặc .csv (tệp ${name} có đuôi "${extension || 'trống'}"). Tệp .xls cũ hoặc .ods: mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.`;
  }
  if (limits.maxRows !== undefined && table.rows.length > limits.maxRows) {
    return `Tệp ${name} có ${formatNumber(table.rows.length)} dòng dữ liệu, quá giới hạn ${formatNumber(limits.maxRows)} dòng. Chia tệp theo quý hoặc theo huyện rồi nhập từng tệp.`;
  }
  return table;
}

/** A file an import adds records to. */
export interface PlannedFile {
  path: string;
  /** Its text when checked; null for a new file. */
  before: string | null;
  header: FileHeader;
  records: ActivityRecord[];
}

/** The new text of a planned file: the records appended, or a new file. */
const newText = (file: PlannedFile): FileChange => ({
  path: file.path,
  text: file.before === null ? newActivityFileText(file.header, file.records) : addActivitiesToText(file.before, file.records),
});

/** What a check found and what writing it would change. */
export interface CheckedImport {
  result: ImportResult;
  /** Every file the write would change: its text as read now and the records it gets (the new text is made at write time). */
  changes: PlannedFile[];
  /** Quarter files that get receipts (đã nhận báo cáo) for the units the new records cover. */
  receipts: PlannedReceipts[];
  /** digestOf() each changed file's text as read now: the write is refused if one differs then. */
  expected: Map<string, string>;
  /** Files the rows would go into that exist but cannot be read: fixed first, never written over. */
  blocked: { path: string; problems: string[] }[];
  /** Records the write would add. */
  newRecords: number;
  /** True when every row is good, no target file is blocked and something is new. */
  writable: boolean;
}

/**
 * Checks a table against the rules and the stored files it touches. Reads only
 * the activity files that the file's good rows would go into: a record's file
 * is decided by its year, unit list and code, and so is its identity.
 */
export async function checkImport(table: Table, rules: ImportRules, reportingUnit: string, store: ContentStore): Promise<CheckedImport> {
  const context: RowContext = { registry: rules.registry, formats: rules.formats, audiences: rules.audiences, today: rules.today, reportingUnit, materials: rules.materials, waves: rules.waves };
  const read = readTable(table, context);
  // A record's file is decided by its year, unit list and code: only those files can hold it.
  const paths = [...new Set(read.rows.map((row) => pathOfSlug(fileSlug({ year: Number(row.record.date.slice(0, 4)), listId: row.unit.listId, code: row.unit.code }))))];
  const texts = await store.read(paths);

  const storedFiles: ActivityFile[] = [];
  const blocked: CheckedImport['blocked'] = [];
  for (const [path, text] of texts) {
    if (text === null) continue;
    const { file, issues } = parseActivityText(path, text, rules.lookups);
    if (file && issues.length === 0) storedFiles.push(file);
    else blocked.push({ path, problems: issues.map((issue) => `${issue.field}: ${issue.problem.vi}`) });
  }
  const result = planRead(read, indexStored(storedFiles));

  // Quarters already closed (chốt số liệu) take no new record; the other quarters record the report as received.
  const quarters = await readQuarterFiles(store, [...result.plan.additions.values()].flatMap((entry) => entry.records.map((record) => quarterOf(record.date))));
  for (const entry of result.plan.additions.values()) {
    entry.records.forEach((record, index) => {
      const period = quarterOf(record.date);
      const reports = quarters.get(quarterId(period))?.reports ?? undefined;
      const unit = rules.registry.unit(record.listId, record.code);
      const close = closeOver(reports, unit?.districtCode ?? null);
      if (!close) return;
      const list = rules.registry.listOn(quarterRange(period.year, period.quarter).start);
      result.problems.push({
        row: entry.rows[index] ?? 0,
        column: 'ngay',
        value: formatDate(record.date),
        problem: { vi: closedRefusal(period, close, areaLabel(close.area, rules.registry, list?.id ?? record.listId)), en: `${quarterId(period)} is closed` },
      });
    });
  }
  result.problems.sort((a, b) => a.row - b.row);

  const changes: PlannedFile[] = [];
  const expected = new Map<string, string>();
  const blockedPaths = new Set(blocked.map((file) => file.path));
  for (const [slug, { header, records }] of result.plan.additions) {
    const path = pathOfSlug(slug);
    if (blockedPaths.has(path)) continue;
    // Every addition's file was read above (the files of all good rows).
    const before = texts.get(path) ?? null;
    changes.push({ path, before, header, records });
    expected.set(path, digestOf(before));
  }
  const newRecords = [...result.plan.additions.values()].reduce((sum, entry) => sum + entry.records.length, 0);
  const receipts = plannedReceipts(quarters, [...result.plan.additions.values()].flatMap((entry) => entry.records), rules, reportingUnit);
  for (const receipt of receipts) expected.set(receipt.path, digestOf(receipt.before));
  const targets = new Set([...result.plan.additions.keys()].map(pathOfSlug));
  const blockedTargets = blocked.filter((file) => targets.has(file.path));
  const blockedQuarters = [...quarters.values()].filter((q) => q.problems.length > 0).map((q) => ({ path: q.path, problems: q.problems }));
  blockedTargets.push(...blockedQuarters);
  return { result, changes, receipts, expected, blocked: blockedTargets, newRecords, writable: canWrite(result) && blockedTargets.length === 0 && newRecords > 0 };
}

/** The quarter files of some periods, as stored now (content/bao-cao-quy/). */
async function readQuarterFiles(store: ContentStore, periods: readonly YearQuarter[]) {
  const ids = [...new Set(periods.map(quarterId))];
  const texts = await store.read(ids.map(reportsPath));
  const quarters = new Map<string, { path: string; before: string | null; reports: QuarterReports | null; problems: string[] }>();
  for (const id of ids) {
    const path = reportsPath(id);
    const before = texts.get(path) ?? null;
    const period = parseQuarterId(id)!;
    if (before === null) {
      quarters.set(id, { path, before, reports: emptyQuarterReports(period.year, period.quarter), problems: [] });
      continue;
    }
    const parsed = parseQuarterText(id, before);
    quarters.set(id, { path, before, reports: parsed.reports, problems: parsed.issues.map((issue) => `${issue.field}: ${issue.problem.vi}`) });
  }
  return quarters;
}

/** A quarter file an import adds receipts to: the reports of the units its new records cover. */
export interface PlannedReceipts {
  path: string;
  before: string | null;
  receipts: Receipt[];
}

function plannedReceipts(quarters: Awaited<ReturnType<typeof readQuarterFiles>>, records: readonly ActivityRecord[], rules: ImportRules, from: string): PlannedReceipts[] {
  const planned = new Map<string, PlannedReceipts>();
  for (const record of records) {
    const period = quarterOf(record.date);
    const quarter = quarters.get(quarterId(period));
    const reporters = reportersOf(rules.registry, period);
    const reporter = reporters && reporterOfUnit(reporters, record);
    if (!quarter?.reports || !reporter) continue;
    const entry = planned.get(quarter.path) ?? { path: quarter.path, before: quarter.before, receipts: [] };
    const known = [...quarter.reports.receipts, ...entry.receipts].some((receipt) => sameReporter(receipt.unit, reporter.ref));
    if (!known) entry.receipts.push({ unit: reporter.ref, receivedOn: rules.today, from, noActivity: false });
    if (entry.receipts.length > 0) planned.set(quarter.path, entry);
  }
  return [...planned.values()];
}

/** The new text of a quarter file with its receipts added. */
const receiptsText = (planned: PlannedReceipts): FileChange => ({
  path: planned.path,
  text: planned.receipts.reduce<string | null>((text, receipt) => editQuarterText(text, { kind: 'receipt', receipt }), planned.before)!,
});

/** The commit message (GitHub mode) for an import. */
export function importMessage(checked: CheckedImport, source: string): string {
  const units = checked.changes.length;
  const receipts = checked.receipts.map((planned) => `- ${planned.path} (đã nhận báo cáo: ${planned.receipts.map((r) => r.unit.name).join(', ')})`);
  return `Nhập ${formatNumber(checked.newRecords)} hoạt động tuyên truyền từ ${source} (${formatNumber(units)} tệp)\n\n${[...checked.changes.map((change) => `- ${change.path}`), ...receipts].join('\n')}`;
}

/** Writes a checked import through the store: all files or none; refused if a file changed since `expected` was read. */
export async function writeImport(checked: CheckedImport, store: ContentStore, meta: { message: string; author: Author }, expected: ReadonlyMap<string, string> = checked.expected): Promise<WriteReceipt> {
  return store.write([...checked.changes.map(newText), ...checked.receipts.map(receiptsText)], expected, meta);
}

const blockedNote = (checked: CheckedImport) =>
  checked.blocked.length > 0 ? `\n\nKhông ghi được vì các tệp sau đang có lỗi; sửa trước (npm run content:check):\n${checked.blocked.map((file) => `  - ${file.path}`).join('\n')}` : '';

export interface ImportOptions {
  root: string;
  /** Path of the CSV or XLSX file. */
  file: string;
  write: boolean;
  /** ISO date of today (dates after it are refused). */
  today: string;
  /** Đơn vị báo cáo for every imported row; default "Nhập từ tệp <filename>". */
  reportingUnit?: string | undefined;
}

export interface ImportOutcome {
  /** The report for the officer, in Vietnamese. */
  report: string;
  /** 0 when the file is good (and, with write, written); 1 otherwise. */
  exitCode: 0 | 1;
  result: ImportResult | null;
  /** Records written (0 without write). */
  written: number;
}

const refuse = (report: string): ImportOutcome => ({ report, exitCode: 1, result: null, written: 0 });

/** The reporting unit of an import: given, or "Nhập từ tệp <name>"; null when its length is out of bounds. */
export function reportingUnitFor(given: string | undefined, fileName: string): string | null {
  const value = (given?.trim() || `Nhập từ tệp ${fileName}`).normalize('NFC');
  const { min, max } = activityLimits.reportingUnit;
  return value.length < min || value.length > max ? null : value;
}

/**
 * The command line's import (npm run import:activities): checks every row and,
 * only with `write` and only when no row is bad, adds the new records to
 * content/hoat-dong/, all files or none, each written atomically.
 */
export async function importActivities(options: ImportOptions): Promise<ImportOutcome> {
  const fileName = basename(options.file);
  if (!existsSync(options.file)) return refuse(`Không tìm thấy tệp ${options.file}.`);
  const reportingUnit = reportingUnitFor(options.reportingUnit, fileName);
  const { min, max } = activityLimits.reportingUnit;
  if (reportingUnit === null) return refuse(`Tên đơn vị báo cáo (--don-vi) phải dài ${min}–${max} ký tự.`);

  const table = await readUpload(fileName, new Uint8Array(readFileSync(options.file)));
  if (typeof table === 'string') return refuse(table);
  const store = localStore(options.root);
  const checked = await checkImport(table, importRules(options.root, options.today), reportingUnit, store);
  const good = canWrite(checked.result) && checked.blocked.length === 0;
  if (!options.write || !good || checked.newRecords === 0) {
    return { report: formatImportReport(fileName, checked.result, { write: options.write }) + blockedNote(checked), exitCode: good ? 0 : 1, result: checked.result, written: 0 };
  }
  await writeImport(checked, store, { message: importMessage(checked, fileName), author: { name: 'import:activities', email: 'local' } });
  return { report: formatImportReport(fileName, checked.result, { write: true, written: checked.newRecords }), exitCode: 0, result: checked.result, written: checked.newRecords };
}
