import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { activityLimits } from '../content-model/hoat-dong';
import { decodeCsvBytes } from '../lib/activities/import/decode';
import { indexStored } from '../lib/activities/import/plan';
import { formatImportReport } from '../lib/activities/import/report';
import { csvTable, xlsxTable, type Table } from '../lib/activities/import/table';
import { canWrite, validateImport, type ImportResult } from '../lib/activities/import/validate-import';
import { addActivitiesToText, newActivityFileText } from '../lib/activities/yaml-file';
import { audiences, outreachFormats } from '../lib/taxonomy';
import { defaultLookups, loadActivities, pathOfSlug, writeFileAtomic } from './activities';
import { getUnitRegistry } from './units';

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

async function readTable(file: string): Promise<Table | string> {
  const name = basename(file);
  const extension = extname(file).toLowerCase();
  const bytes = new Uint8Array(readFileSync(file));
  if (extension === '.xlsx') {
    try {
      return await xlsxTable(bytes);
    } catch (error) {
      return `Không đọc được tệp Excel ${name}: ${(error as Error).message}. Mở bằng Excel và lưu lại dạng .xlsx.`;
    }
  }
  if (extension === '.csv' || extension === '.txt') {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) return `Tệp: ${name}\nKhông nhập được: ${decoded.problem.vi}`;
    const table = csvTable(decoded.text);
    return { ...table, description: `${table.description}, ${decoded.encoding}` };
  }
  return `Chỉ nhận tệp .csv hoặc .xlsx (tệp ${name} có đuôi "${extension || 'trống'}"). Tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx.`;
}

/**
 * Nhập hoạt động: validates every row against the unit list valid on its date
 * and the vocabularies, skips records already stored, and — only with `write`
 * and only when no row is bad — adds the new ones to content/hoat-dong/,
 * each file written atomically. A stored record is never changed.
 */
export async function importActivities(options: ImportOptions): Promise<ImportOutcome> {
  const fileName = basename(options.file);
  if (!existsSync(options.file)) return refuse(`Không tìm thấy tệp ${options.file}.`);
  const reportingUnit = (options.reportingUnit ?? `Nhập từ tệp ${fileName}`).trim();
  const { min, max } = activityLimits.reportingUnit;
  if (reportingUnit.length < min || reportingUnit.length > max) return refuse(`Tên đơn vị báo cáo (--don-vi) phải dài ${min}–${max} ký tự.`);

  const table = await readTable(options.file);
  if (typeof table === 'string') return refuse(table);

  const registry = getUnitRegistry(options.root);
  const stored = loadActivities(options.root, defaultLookups(options.root, registry));
  const result = validateImport(table, { registry, formats: outreachFormats, audiences, today: options.today, reportingUnit }, indexStored(stored.files));

  // A file that exists but could not be read is never written over.
  const readable = new Set(stored.files.map((file) => pathOfSlug(file.slug)));
  const blocked = [...result.plan.additions.keys()].map(pathOfSlug).filter((path) => existsSync(join(options.root, path)) && !readable.has(path));
  const blockedNote = blocked.length > 0 ? `\n\nKhông ghi được vì các tệp sau đang có lỗi; sửa trước (npm run content:check):\n${blocked.map((p) => `  - ${p}`).join('\n')}` : '';
  const good = canWrite(result) && blocked.length === 0;

  if (!options.write || !good) {
    return { report: formatImportReport(fileName, result, { write: options.write }) + blockedNote, exitCode: good ? 0 : 1, result, written: 0 };
  }
  // Build every new text first, then write each file atomically.
  const texts = [...result.plan.additions].map(([slug, { header, records }]) => {
    const path = join(options.root, pathOfSlug(slug));
    return { path, text: existsSync(path) ? addActivitiesToText(readFileSync(path, 'utf8'), records) : newActivityFileText(header, records) };
  });
  for (const { path, text } of texts) writeFileAtomic(path, text);
  const written = [...result.plan.additions.values()].reduce((sum, entry) => sum + entry.records.length, 0);
  return { report: formatImportReport(fileName, result, { write: true, written }), exitCode: 0, result, written };
}
