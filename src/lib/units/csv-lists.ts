import Papa from 'papaparse';
import type { FieldIssue } from '../content/issues';
import type { AdminUnit, District, UnitLink } from './types';
import type { TransitionEntry } from './manifest';

/**
 * Reads the reference CSV files (units, districts, transitions) as they are
 * copied from the shared data: UTF-8, comma-separated, header row, codes as text.
 */
export const UNIT_TYPES = ['Xã', 'Phường', 'Thị trấn'] as const;
export const DISTRICT_TYPES = ['Huyện', 'Thị xã', 'Thành phố'] as const;

const CODE = /^\d{5}$/;
const DISTRICT_CODE = /^\d{3}$/;

interface Table {
  rows: Record<string, string>[];
  issues: FieldIssue[];
}

const rowIssue = (line: number, column: string, vi: string, en: string): FieldIssue => ({
  field: `rows.${line}.${column}`,
  label: `Dòng ${line}, cột ${column}`,
  problem: { vi, en },
});

/** Parses a CSV text with a header row; every required column must be present. Line numbers count the header as line 1. */
export function readTable(text: string, required: readonly string[]): Table {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const header = parsed.meta.fields ?? [];
  const issues: FieldIssue[] = required
    .filter((column) => !header.includes(column))
    .map((column) => ({
      field: 'header',
      label: 'Dòng tiêu đề',
      problem: { vi: `thiếu cột "${column}"`, en: `missing column "${column}"` },
    }));
  for (const error of parsed.errors) {
    const line = (error.row ?? 0) + 2;
    issues.push(rowIssue(line, '*', `không đọc được dòng này (${error.message})`, error.message));
  }
  return { rows: parsed.data, issues };
}

/** Units of one list from its CSV; checks codes, names, types, districts and duplicates. */
export function parseUnitsCsv(
  text: string,
  listId: string,
  districtCodes: ReadonlySet<string> | null,
): { units: AdminUnit[]; issues: FieldIssue[] } {
  const { rows, issues } = readTable(text, ['commune_code', 'commune_name', 'commune_type']);
  const seen = new Map<string, number>();
  const units: AdminUnit[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const code = (row.commune_code ?? '').trim();
    const name = (row.commune_name ?? '').trim();
    const type = (row.commune_type ?? '').trim();
    const districtCode = (row.district_code ?? '').trim() || null;
    let ok = true;
    if (!CODE.test(code)) {
      issues.push(rowIssue(line, 'commune_code', `mã "${code}" phải gồm đúng 5 chữ số`, `code "${code}" must be 5 digits`));
      ok = false;
    } else if (seen.has(code)) {
      issues.push(rowIssue(line, 'commune_code', `mã ${code} trùng với dòng ${seen.get(code)}`, `code ${code} repeats line ${seen.get(code)}`));
      ok = false;
    }
    if (name === '') {
      issues.push(rowIssue(line, 'commune_name', 'chưa có tên đơn vị', 'empty name'));
      ok = false;
    }
    if (!(UNIT_TYPES as readonly string[]).includes(type)) {
      issues.push(rowIssue(line, 'commune_type', `loại "${type}" phải là ${UNIT_TYPES.join(', ')}`, `type "${type}" is not one of ${UNIT_TYPES.join(', ')}`));
      ok = false;
    }
    if (districtCodes && (!districtCode || !districtCodes.has(districtCode))) {
      issues.push(rowIssue(line, 'district_code', `mã huyện "${districtCode ?? ''}" không có trong danh sách huyện`, `unknown district "${districtCode ?? ''}"`));
      ok = false;
    }
    seen.set(code, line);
    if (ok) {
      units.push({ listId, code, name, type, districtCode, formedFromOldProvince: (row.formed_from_old_province ?? '').trim() || null });
    }
  });
  return { units, issues };
}

/** Districts from their CSV. */
export function parseDistrictsCsv(text: string): { districts: District[]; issues: FieldIssue[] } {
  const { rows, issues } = readTable(text, ['district_code', 'district_name', 'district_type']);
  const districts: District[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const code = (row.district_code ?? '').trim();
    const type = (row.district_type ?? '').trim();
    if (!DISTRICT_CODE.test(code)) {
      issues.push(rowIssue(line, 'district_code', `mã huyện "${code}" phải gồm đúng 3 chữ số`, `district code "${code}" must be 3 digits`));
      return;
    }
    if (!(DISTRICT_TYPES as readonly string[]).includes(type)) {
      issues.push(rowIssue(line, 'district_type', `loại "${type}" phải là ${DISTRICT_TYPES.join(', ')}`, `district type "${type}" unknown`));
      return;
    }
    districts.push({ code, name: (row.district_name ?? '').trim(), type });
  });
  return { districts, issues };
}

/**
 * Links from one list to the next, from a lineage or mapping CSV. Rows outside
 * `onlyWhere` (e.g. Thái Bình units in the 2025 merger file) are skipped.
 * Every code on either side must exist in its list; every unit of the old list must appear.
 */
export function parseTransitionCsv(
  text: string,
  spec: TransitionEntry,
  fromCodes: ReadonlySet<string>,
  toCodes: ReadonlySet<string>,
): { links: UnitLink[]; issues: FieldIssue[] } {
  const required = [spec.fromColumn, spec.toColumn, spec.relationColumn, ...(spec.onlyWhere ? [spec.onlyWhere.column] : [])];
  const { rows, issues } = readTable(text, required);
  const links: UnitLink[] = [];
  const covered = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 2;
    if (spec.onlyWhere && (row[spec.onlyWhere.column] ?? '').trim() !== spec.onlyWhere.equals) return;
    const fromCode = (row[spec.fromColumn] ?? '').trim();
    const toCode = (row[spec.toColumn] ?? '').trim() || null;
    if (!fromCodes.has(fromCode)) {
      issues.push(rowIssue(line, spec.fromColumn, `mã ${fromCode} không có trong danh sách ${spec.from}`, `code ${fromCode} is not in list ${spec.from}`));
      return;
    }
    if (toCode !== null && !toCodes.has(toCode)) {
      issues.push(rowIssue(line, spec.toColumn, `mã ${toCode} không có trong danh sách ${spec.to}`, `code ${toCode} is not in list ${spec.to}`));
      return;
    }
    covered.add(fromCode);
    links.push({ fromCode, toCode, relation: (row[spec.relationColumn] ?? '').trim() });
  });
  for (const code of fromCodes) {
    if (!covered.has(code)) {
      issues.push({
        field: spec.fromColumn,
        label: 'Đối chiếu đơn vị',
        problem: { vi: `đơn vị ${code} của danh sách ${spec.from} không có dòng nào trong tệp`, en: `unit ${code} of list ${spec.from} has no row` },
      });
    }
  }
  return { links, issues };
}
