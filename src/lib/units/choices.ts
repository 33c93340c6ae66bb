import { fold } from '../text/fold';
import { namesUnit, unitFullName } from './names';
import type { AdminUnit, UnitList } from './types';

/**
 * How an officer picks a unit by name, never by code: one label per unit of a
 * list, unique within it ("Xã Tân Tiến", or "Xã Tân Tiến (Huyện Văn Giang)"
 * when two units of the list share a name, and the code as a last resort).
 * The Excel template's drop-down and the desk's form offer these labels; the
 * importer reads them back with findUnitsByName.
 */
export interface UnitChoice {
  unit: AdminUnit;
  label: string;
}

const loose = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

export function unitChoices(list: UnitList): UnitChoice[] {
  const count = (key: (u: AdminUnit) => string) => {
    const counts = new Map<string, number>();
    for (const u of list.units) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
    return counts;
  };
  const byName = count((u) => loose(unitFullName(u)));
  const districtName = (u: AdminUnit) => {
    const district = list.districts.find((d) => d.code === u.districtCode);
    return district ? `${district.type} ${district.name}` : '';
  };
  const withDistrict = (u: AdminUnit) => (districtName(u) ? `${unitFullName(u)} (${districtName(u)})` : unitFullName(u));
  const byNameAndDistrict = count((u) => loose(withDistrict(u)));
  return list.units
    .map((unit) => {
      const full = unitFullName(unit);
      if (byName.get(loose(full)) === 1) return { unit, label: full };
      if (districtName(unit) && byNameAndDistrict.get(loose(withDistrict(unit))) === 1) return { unit, label: withDistrict(unit) };
      return { unit, label: `${full} (mã ${unit.code})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/**
 * The units of a list that a typed name may mean: its choice label, or its
 * name with or without "Xã"/"Phường"/"Thị trấn", tone marks, case, spacing
 * and Unicode form (NFC/NFD) ignored. Several when the name alone is shared.
 */
export function findUnitsByName(list: UnitList, text: string): AdminUnit[] {
  const given = loose(text);
  if (given === '') return [];
  const exact = unitChoices(list).filter((choice) => loose(choice.label) === given);
  if (exact.length > 0) return exact.map((choice) => choice.unit);
  return list.units.filter((unit) => namesUnit(text, unit));
}
