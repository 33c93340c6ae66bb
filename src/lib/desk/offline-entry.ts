/**
 * The one-activity form offline (issue 19): an entry kept on the officer's
 * phone until it is sent, checked in the browser with the importer's own row
 * rules (unit list by date, formats, audiences, numbers, materials) — what
 * needs the stored data (a duplicate of a stored record, a closed quarter) is
 * checked when it is sent — and exported as the importer's CSV. Pure.
 */
import { neutralise, toExcelCsv } from '../csv/write';
import { simpleXlsx } from './simple-xlsx';
import { IMPORT_COLUMNS, type ImportColumn } from '../activities/import/header';
import type { MaterialRef, RowContext } from '../activities/import/row';
import { readTable } from '../activities/import/validate-import';
import type { TaxonomyItem } from '../taxonomy/taxonomy';
import { createUnitRegistry } from '../units/registry';
import type { Transition, UnitList } from '../units/types';

/** The form's fields, as the desk's hand form names them. */
export interface OfflineEntry {
  /** Random id of the entry on this device. */
  id: string;
  /** When it was saved on the device (ISO). */
  savedAt: string;
  ngay: string;
  xa: string;
  hinhThuc: string;
  doiTuong: string[];
  soNguoi: string;
  moTa: string;
  taiLieu: string[];
  donVi: string;
}

export type EntryField = 'ngay' | 'xa' | 'hinhThuc' | 'doiTuong' | 'soNguoi' | 'moTa' | 'taiLieu' | 'donVi' | 'chung';

/** What the page embeds so the browser can check an entry without the server. */
export interface OfflineRules {
  province: { code: string; name: string };
  lists: readonly UnitList[];
  transitions: readonly Transition[];
  formats: readonly TaxonomyItem[];
  audiences: readonly TaxonomyItem[];
  materials: readonly MaterialRef[];
  today: string;
}

export const DEFAULT_REPORTING_UNIT = 'Nhập từ trang Nhập liệu';
/** The importer's data sheet (DATA_SHEET of activities/import/table.ts, which loads ExcelJS: not for the browser). */
export const XLSX_SHEET = 'Hoạt động';

const FIELD_OF: Record<ImportColumn | '*', EntryField> = {
  ngay: 'ngay', ma_xa: 'xa', ten_xa: 'xa', hinh_thuc: 'hinhThuc', doi_tuong: 'doiTuong', so_nguoi: 'soNguoi', mo_ta: 'moTa', tai_lieu: 'taiLieu', dot: 'chung', '*': 'chung',
};

/** The importer's cells for an entry, exactly as the desk's hand form builds them. */
export function entryCells(entry: OfflineEntry): Record<ImportColumn, string> {
  return {
    ngay: entry.ngay, ma_xa: '', ten_xa: entry.xa, hinh_thuc: entry.hinhThuc, doi_tuong: entry.doiTuong.join(';'), so_nguoi: entry.soNguoi, mo_ta: entry.moTa, tai_lieu: entry.taiLieu.join(';'), dot: '',
  };
}

/** Every problem of an entry under the importer's row rules, by form field (Vietnamese). */
export function entryProblems(entry: OfflineEntry, rules: OfflineRules, today: string = rules.today): Partial<Record<EntryField, string[]>> {
  const context: RowContext = {
    registry: createUnitRegistry(rules.province, rules.lists, rules.transitions),
    formats: rules.formats,
    audiences: rules.audiences,
    materials: rules.materials,
    today,
    reportingUnit: entry.donVi || DEFAULT_REPORTING_UNIT,
  };
  const cells = entryCells(entry);
  const read = readTable({ header: [...IMPORT_COLUMNS], rows: [{ row: 2, cells: IMPORT_COLUMNS.map((column) => cells[column]) }], description: 'biểu mẫu một hoạt động' }, context);
  const problems: Partial<Record<EntryField, string[]>> = {};
  for (const problem of read.problems) (problems[FIELD_OF[problem.column]] ??= []).push(problem.problem.vi);
  const unit = entry.donVi.trim();
  if (unit !== '' && (unit.length < 2 || unit.length > 200)) (problems.donVi ??= []).push('Tên đơn vị báo cáo phải dài từ 2 đến 200 ký tự.');
  return problems;
}

/** The entries as a CSV the desk's importer reads (its column ids, UTF-8 with a BOM for Excel). */
export function entriesCsv(entries: readonly OfflineEntry[]): string {
  return toExcelCsv(IMPORT_COLUMNS, entries.map((entry) => {
    const cells = entryCells(entry);
    return IMPORT_COLUMNS.map((column) => cells[column]);
  }));
}

/** The entries as an .xlsx the desk's importer reads (its data sheet, its column ids). */
export function entriesXlsx(entries: readonly OfflineEntry[]): Uint8Array {
  return simpleXlsx(XLSX_SHEET, [
    [...IMPORT_COLUMNS],
    ...entries.map((entry) => {
      const cells = entryCells(entry);
      return IMPORT_COLUMNS.map((column) => neutralise(cells[column]));
    }),
  ]);
}

/** The form's fields as the desk's POST expects them (field names of src/desk/pages/one.astro). */
export function entryForm(entry: OfflineEntry): [string, string][] {
  return [
    ['ngay', entry.ngay],
    ['xa', entry.xa],
    ['hinh-thuc', entry.hinhThuc],
    ...entry.doiTuong.map((value): [string, string] => ['doi-tuong', value]),
    ['so-nguoi', entry.soNguoi],
    ['mo-ta', entry.moTa],
    ...entry.taiLieu.map((value): [string, string] => ['tai-lieu', value]),
    ['don-vi', entry.donVi],
  ];
}

/** An entry from the form's fields, read as the desk reads a post (NFC, trimmed, empty choices dropped). */
export function entryFromForm(form: FormData, id: string, savedAt: string): OfflineEntry {
  const text = (name: string) => String(form.get(name) ?? '').normalize('NFC').trim();
  const all = (name: string) => form.getAll(name).map((value) => String(value).normalize('NFC').trim()).filter((value) => value !== '');
  return { id, savedAt, ngay: text('ngay'), xa: text('xa'), hinhThuc: text('hinh-thuc'), doiTuong: all('doi-tuong'), soNguoi: text('so-nguoi'), moTa: text('mo-ta'), taiLieu: all('tai-lieu'), donVi: text('don-vi') };
}
