import { checkHeader } from './header';
import { planImport, type ImportPlan, type StoredRef } from './plan';
import { materialLookup, readRow, vocabularyLookup, waveLookup, type ImportedRow, type RowContext, type RowProblem } from './row';
import type { Table } from './table';

export interface ImportResult {
  /** How the file was read (for the report). */
  description: string;
  /** Problems with the header row: when present, no row was read. */
  headerProblems: { vi: string; en: string }[];
  dataRows: number;
  /** Every bad row's problems, in row order. */
  problems: RowProblem[];
  plan: ImportPlan;
}

/** A table's rows read against the rules, before they are compared with what is stored. */
export interface ReadTable {
  description: string;
  headerProblems: { vi: string; en: string }[];
  dataRows: number;
  /** The good rows, in row order. */
  rows: ImportedRow[];
  /** Every bad row's problems, in row order. */
  problems: RowProblem[];
}

/** Reads every row of a table against the unit lists and vocabularies. Pure. */
export function readTable(table: Table, context: RowContext): ReadTable {
  const header = checkHeader(table.header);
  if (!header.ok) return { description: table.description, headerProblems: header.problems, dataRows: table.rows.length, rows: [], problems: [] };
  const lookups = { format: vocabularyLookup(context.formats), audience: vocabularyLookup(context.audiences), material: materialLookup(context.materials ?? []), wave: waveLookup(context.waves ?? []) };
  const good: ImportedRow[] = [];
  const problems: RowProblem[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.slice(table.header.length).some((cell) => cell.trim() !== '')) {
      problems.push({
        row,
        column: '*',
        value: '',
        problem: {
          vi: `dòng có ${cells.length} ô, nhiều hơn ${table.header.length} cột của dòng tiêu đề: một ô có dấu phân cách (dấu phẩy hoặc chấm phẩy) mà không nằm trong ngoặc kép. Lưu lại tệp bằng Excel hoặc đặt ô đó trong "…"`,
          en: `row has ${cells.length} cells, header has ${table.header.length}`,
        },
      });
      continue;
    }
    const result = readRow(row, cells, header.index, context, lookups);
    if (result.ok) good.push(result.value);
    else problems.push(...result.problems);
  }
  return { description: table.description, headerProblems: [], dataRows: table.rows.length, rows: good, problems };
}

/** Compares read rows with the stored records and plans what writing them would add. Pure. */
export function planRead(read: ReadTable, stored: ReadonlyMap<string, StoredRef>): ImportResult {
  const plan = planImport(read.rows, stored);
  const problems = [...read.problems, ...plan.problems].sort((a, b) => a.row - b.row);
  return { description: read.description, headerProblems: read.headerProblems, dataRows: read.dataRows, problems, plan };
}

/** Validates a table against the unit lists and vocabularies and plans what writing it would add. Pure. */
export function validateImport(table: Table, context: RowContext, stored: ReadonlyMap<string, StoredRef>): ImportResult {
  return planRead(readTable(table, context), stored);
}

/** True when the import may be written: a good header and no bad row. */
export const canWrite = (result: ImportResult) => result.headerProblems.length === 0 && result.problems.length === 0;
