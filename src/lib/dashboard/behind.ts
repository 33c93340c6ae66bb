import type { UnitRegistry } from '../units/registry';
import type { AdminUnit, District } from '../units/types';

export interface DistrictGroup {
  /** Null for lists without a district level (from 01/07/2025). */
  district: District | null;
  units: AdminUnit[];
}

/** Units grouped by district in code order (the list an officer phones on Monday). */
export function groupByDistrict(units: readonly AdminUnit[], registry: UnitRegistry): DistrictGroup[] {
  const groups = new Map<string, DistrictGroup>();
  for (const unit of [...units].sort((a, b) => (a.districtCode ?? '').localeCompare(b.districtCode ?? '') || a.code.localeCompare(b.code))) {
    const key = unit.districtCode ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { district: registry.district(unit.listId, unit.districtCode) ?? null, units: [] }));
    group.units.push(unit);
  }
  return [...groups.values()];
}
