import type { QuarterCoverage } from '../coverage/quarterly';
import { formatNumber } from '../format/vi';
import type { UnitRegistry } from '../units/registry';

/** Which unit list a figure counts against, and the part of it in the plan's area when not all of it. */
export function listScope(coverage: Pick<QuarterCoverage, 'list' | 'units'>, registry: Pick<UnitRegistry, 'listById' | 'province'>): string {
  const listSize = registry.listById(coverage.list.id)?.units.length ?? coverage.units;
  const part = coverage.units < listSize ? `, trong đó ${formatNumber(coverage.units)} đơn vị hình thành từ tỉnh ${registry.province.name} cũ (phạm vi của kế hoạch)` : '';
  return `${coverage.list.label}${part}`;
}
