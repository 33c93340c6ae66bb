import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import type { YearRegularity } from './regularity';

export const COVERAGE_COLUMNS = ['ma_xa', 'ten_xa', 'loai', 'ma_huyen', 'ten_huyen', 'q1', 'q2', 'q3', 'q4', 'so_quy_co_hoat_dong', 'thuong_xuyen'] as const;
/** Added only when the unit list changes during the year, to say what each quarter counted. */
export const NOTE_COLUMN = 'ghi_chu';

/**
 * One row per unit of the list valid on 1 January. When the year has more
 * than one list, a last column says, per row, which units the later quarters
 * counted (e.g. "Q3–Q4: hoạt động của Phường Phố Hiến (11953), danh sách 104
 * đơn vị từ 01/07/2025").
 */
export function coverageRows(regularity: YearRegularity, registry: UnitRegistry): { header: string[]; rows: (string | number)[][] } {
  const multiList = regularity.yearLists.length > 1;
  const rows = regularity.rows.map((row) => {
    const district = registry.district(row.unit.listId, row.unit.districtCode);
    const cells: (string | number)[] = [
      row.unit.code,
      unitFullName(row.unit),
      row.unit.type,
      district?.code ?? '',
      district ? `${district.type} ${district.name}` : '',
      ...row.quarters.map((cell) => cell.count),
      row.activeQuarters,
      row.regular ? 1 : 0,
    ];
    if (multiList) cells.push(noteFor(row.quarters));
    return cells;
  });
  return { header: [...COVERAGE_COLUMNS, ...(multiList ? [NOTE_COLUMN] : [])], rows };
}

type Cells = YearRegularity['rows'][number]['quarters'];

/** "Q1–Q2: danh sách 139 đơn vị (…); Q3–Q4: hoạt động của Phường Phố Hiến (11953), danh sách 104 đơn vị (…)". */
function noteFor(quarters: Cells): string {
  const describe = (cell: Cells[number]): string => {
    const lists = cell.lists.map((ref) => `danh sách ${ref.shortLabel}`).join(' và ');
    if (!cell.known) return `không rõ đơn vị tiếp nhận (nguồn chưa nêu), không đếm được hoạt động của ${lists}`;
    if (cell.countedAs.length === 0) return lists;
    const names = cell.countedAs.map((unit) => `${unitFullName(unit)} (${unit.code})`).join(' và ');
    const own = cell.lists.length > 1 ? `hoạt động của chính đơn vị và của ${names}` : `hoạt động của ${names}`;
    return `${own}, ${lists}`;
  };
  const groups: { from: number; to: number; text: string }[] = [];
  for (const cell of quarters) {
    const text = describe(cell);
    const last = groups[groups.length - 1];
    if (last && last.text === text) last.to = cell.quarter;
    else groups.push({ from: cell.quarter, to: cell.quarter, text });
  }
  return groups.map((g) => `${g.from === g.to ? `Q${g.from}` : `Q${g.from}–Q${g.to}`}: ${g.text}`).join('; ');
}
