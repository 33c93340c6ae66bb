import type { QuarterCoverage } from '../coverage/quarterly';
import { toExcelCsv } from '../csv/write';
import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import { groupByDistrict } from './behind';

/** The Monday phone list as CSV for Excel: one row per unit with no activity in the quarter. */
export function behindCsv(coverage: QuarterCoverage, registry: UnitRegistry): string {
  const rows = groupByDistrict(coverage.uncovered, registry).flatMap((group) =>
    group.units.map((unit) => [
      unit.code,
      unitFullName(unit),
      group.district?.code ?? '',
      group.district ? `${group.district.type} ${group.district.name}` : '',
      `Quý ${coverage.quarter}/${coverage.year}`,
      coverage.list.label,
    ]),
  );
  return toExcelCsv(['ma_xa', 'ten_xa', 'ma_huyen', 'ten_huyen', 'quy', 'danh_sach_don_vi'], rows);
}
