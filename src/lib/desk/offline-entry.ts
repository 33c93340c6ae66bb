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
import { FIELD_OF_COLUMN, handFormCells, handFormFields, handFormTable, readHandForm, type HandFormField, type HandFormInput } from './hand-form';
import type { MaterialRef, RowContext } from '../activities/import/row';
import { readTable } from '../activities/import/validate-import';
import type { TaxonomyItem } from '../taxonomy/taxonomy';
import { createUnitRegistry } from '../units/registry';
import type { Transition, UnitList } from '../units/types';

/** The hand form's fields (src/lib/desk/hand-form.ts), kept on the device. */
export interface OfflineEntry extends HandFormInput {
  /** Random id of the entry on this device. */
  id: string;
  /** When it was saved on the device (ISO). */
  savedAt: string;
}

export type EntryField = HandFormField;

/** An entry as the device keeps it, with the reason its last send failed. */
export interface KeptEntry extends OfflineEntry {
  lastError?: string;
}

/**
 * A form the desk's worker (src/offline/desk-worker.js) kept when its post met no network: the posted
 * fields as they were, to be read as the desk reads a post when the form page next opens.
 */
export interface PostedCopy {
  id: string;
  savedAt: string;
  posted: [string, string][];
  lastError: string;
}

/** The IndexedDB store both the page and the desk's worker keep entries in (the worker gets it from src/desk/pages/worker.ts). */
export const ENTRY_STORE = { database: 'nhap-lieu', version: 1, store: 'chua-gui' } as const;

/** A kept post as an entry, or the entry itself. */
export function adoptPosted(kept: KeptEntry | PostedCopy): KeptEntry {
  if (!('posted' in kept)) return kept;
  const form = new FormData();
  for (const [name, value] of kept.posted) form.append(name, value);
  return { ...entryFromForm(form, kept.id, kept.savedAt), lastError: kept.lastError };
}

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

/** The importer's cells for an entry, exactly as the desk's hand form builds them. */
export const entryCells = (entry: OfflineEntry): Record<ImportColumn, string> => handFormCells(entry);

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
  const read = readTable(handFormTable(entry), context);
  const problems: Partial<Record<EntryField, string[]>> = {};
  for (const problem of read.problems) (problems[FIELD_OF_COLUMN[problem.column]] ??= []).push(problem.problem.vi);
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
export const entryForm = (entry: OfflineEntry): [string, string][] => handFormFields({ ...entry, dot: entry.dot ?? '' });

/** An entry from the form's fields, read as the desk reads a post (NFC, trimmed, empty choices dropped). */
export const entryFromForm = (form: FormData, id: string, savedAt: string): OfflineEntry => ({ id, savedAt, ...readHandForm(form) });
