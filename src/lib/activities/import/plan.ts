import { unitFullName } from '../../units/names';
import { fileSlug } from '../file-slug';
import { recordKey, sameFigures } from '../record-key';
import type { ActivityFile, ActivityRecord } from '../types';
import type { FileHeader } from '../yaml-file';
import type { ImportedRow, RowProblem } from './row';

/** Where a stored record lives. */
export interface StoredRef {
  slug: string;
  index: number;
  record: ActivityRecord;
}

/** Every stored record by its key (date, unit, format, description). */
export function indexStored(files: readonly ActivityFile[]): Map<string, StoredRef> {
  const index = new Map<string, StoredRef>();
  for (const file of files) {
    file.activities.forEach((record, i) => index.set(recordKey(record), { slug: file.slug, index: i, record }));
  }
  return index;
}

export interface ImportPlan {
  /** New records per activity file slug ("2024/2021-11950"), with the file's header for new files. */
  additions: Map<string, { header: FileHeader; records: ActivityRecord[]; rows: number[] }>;
  /** Rows already stored with the same figures: skipped, nothing to do. */
  alreadyStored: { row: number; stored: StoredRef }[];
  /** Rows repeating an earlier row of the same file: skipped. */
  repeatedRows: { row: number; firstRow: number }[];
  /** Rows whose record is stored with other figures: never overwritten, reported. */
  conflicts: { row: number; stored: StoredRef; incoming: ActivityRecord }[];
  /** Rows that contradict an earlier row of the same file (same record, other figures): errors. */
  problems: RowProblem[];
}

/**
 * Decides what an import would change. A record is the same when its date,
 * unit, format and description are the same; the same record is never added
 * twice and a stored one is never changed.
 */
export function planImport(rows: readonly ImportedRow[], stored: ReadonlyMap<string, StoredRef>): ImportPlan {
  const plan: ImportPlan = { additions: new Map(), alreadyStored: [], repeatedRows: [], conflicts: [], problems: [] };
  const seen = new Map<string, ImportedRow>();
  for (const row of rows) {
    const key = recordKey(row.record);
    const earlier = seen.get(key);
    if (earlier) {
      if (sameFigures(earlier.record, row.record)) plan.repeatedRows.push({ row: row.row, firstRow: earlier.row });
      else {
        plan.problems.push({
          row: row.row,
          column: '*',
          value: '',
          problem: {
            vi: `cùng ngày, xã, hình thức và mô tả với dòng ${earlier.row} nhưng khác số người hoặc đối tượng; giữ một dòng đúng`,
            en: `same record as row ${earlier.row} with other figures`,
          },
        });
      }
      continue;
    }
    seen.set(key, row);
    const existing = stored.get(key);
    if (existing) {
      if (sameFigures(existing.record, row.record)) plan.alreadyStored.push({ row: row.row, stored: existing });
      else plan.conflicts.push({ row: row.row, stored: existing, incoming: row.record });
      continue;
    }
    const slug = fileSlug({ year: Number(row.record.date.slice(0, 4)), listId: row.unit.listId, code: row.unit.code });
    const entry = plan.additions.get(slug) ?? {
      header: { listId: row.unit.listId, code: row.unit.code, unitName: unitFullName(row.unit) },
      records: [],
      rows: [],
    };
    entry.records.push(row.record);
    entry.rows.push(row.row);
    plan.additions.set(slug, entry);
  }
  return plan;
}
