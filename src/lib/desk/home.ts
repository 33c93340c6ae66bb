import { unitChoices } from '../units/choices';
import type { UnitRegistry } from '../units/registry';
import { periodKey, periodLabel, recentPeriods } from '../calendar/periods';

/** The desk's first page: the periods and areas a template can be made for. */
export interface DeskHome {
  periods: { key: string; label: string }[];
  /** Districts by unit list (lists from 01/07/2025 have none), newest list first. */
  districtGroups: { label: string; districts: { value: string; label: string }[] }[];
  /** Single units by unit list, newest list first, labelled as in the template's drop-down. */
  unitGroups: { label: string; units: { value: string; label: string }[] }[];
}

export function deskHome(registry: UnitRegistry, today: string): DeskHome {
  // Every quarter and year back to the first unit list: late reports and the 2021–2025 review need old periods too.
  const first = registry.lists[0]?.validFrom ?? today;
  const quarters = (Number(today.slice(0, 4)) - Number(first.slice(0, 4))) * 4 + Math.ceil(Number(today.slice(5, 7)) / 3);
  const periods = recentPeriods(today, quarters).map((period) => ({ key: periodKey(period), label: periodLabel(period) }));
  const districtGroups = [...registry.lists]
    .reverse()
    .filter((list) => list.districts.length > 0)
    .map((list) => ({
      label: `Huyện theo ${list.label}`,
      districts: list.districts.map((district) => ({ value: `huyen:${list.id}:${district.code}`, label: `${district.type} ${district.name}` })),
    }));
  const unitGroups = [...registry.lists].reverse().map((list) => ({
    label: `Một xã, phường theo ${list.label}`,
    units: unitChoices(list).map((choice) => ({ value: `xa:${list.id}:${choice.unit.code}`, label: choice.label })),
  }));
  return { periods, districtGroups, unitGroups };
}

export type TemplateArea = { kind: 'district'; listId: string; code: string } | { kind: 'unit'; listId: string; code: string };

/**
 * The area of a template request: "" = the whole province (undefined),
 * "huyen:<list>:<code>" a district, "xa:<list>:<code>" one unit; null when it
 * names nothing in the unit lists.
 */
export function parseArea(text: string, registry: UnitRegistry): TemplateArea | undefined | null {
  if (text === '') return undefined;
  const match = /^(huyen|xa):([0-9a-z-]+):(\d{3}|\d{5})$/.exec(text);
  if (!match) return null;
  const [, kind, listId = '', code = ''] = match;
  if (kind === 'huyen') return registry.district(listId, code) ? { kind: 'district', listId, code } : null;
  return registry.unit(listId, code) ? { kind: 'unit', listId, code } : null;
}
