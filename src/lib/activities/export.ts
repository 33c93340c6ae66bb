import { formatDate } from '../format/vi';
import type { TaxonomyItem } from '../taxonomy/taxonomy';
import { labelOf } from '../taxonomy/taxonomy';
import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit } from '../units/types';
import { IMPORT_COLUMNS } from './import/header';
import type { ActivityRecord } from './types';

export interface ExportOptions {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
  /** District code (3 digits); after the district level was abolished, units formed from that district's units. */
  district?: string | undefined;
}

/**
 * Whether a unit belongs to a district: directly in lists with a district
 * level, else through the units it was formed from.
 */
export function inDistrict(registry: UnitRegistry, unit: AdminUnit, district: string): boolean {
  if (unit.districtCode !== null) return unit.districtCode === district;
  return registry.lists.some(
    (list) => list.districts.length > 0 && registry.predecessors(unit.listId, unit.code, list.id).some((old) => old.districtCode === district),
  );
}

/**
 * Rows in the import's own columns (ngay, ma_xa, ten_xa, hinh_thuc, doi_tuong,
 * so_nguoi, mo_ta, tai_lieu as material slugs, dot as the wave's slug), sorted by date then code, so an export can be imported
 * again (and is recognised as already stored).
 */
export function exportActivityRows(
  records: readonly ActivityRecord[],
  registry: UnitRegistry,
  vocabularies: { formats: readonly TaxonomyItem[]; audiences: readonly TaxonomyItem[] },
  options: ExportOptions,
): { header: readonly string[]; rows: (string | number | null)[][] } {
  const districtCache = new Map<string, boolean>();
  const selected = records.filter((record) => {
    if (record.date < options.from || record.date > options.to) return false;
    if (!options.district) return true;
    const key = `${record.listId}|${record.code}`;
    if (!districtCache.has(key)) {
      const unit = registry.unit(record.listId, record.code);
      districtCache.set(key, unit !== undefined && inDistrict(registry, unit, options.district));
    }
    return districtCache.get(key);
  });
  selected.sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code));
  const rows = selected.map((record) => {
    const unit = registry.unit(record.listId, record.code);
    return [
      formatDate(record.date),
      record.code,
      unit ? unitFullName(unit) : '',
      labelOf(vocabularies.formats, record.format),
      record.audiences.map((id) => labelOf(vocabularies.audiences, id)).join('; '),
      record.participants,
      record.description,
      record.materials.join('; '),
      record.wave ?? '',
    ];
  });
  return { header: IMPORT_COLUMNS, rows };
}
