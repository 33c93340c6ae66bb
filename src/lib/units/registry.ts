import type { AdminUnit, District, Transition, UnitList } from './types';

/**
 * Lookups over the unit lists. Every lookup of a unit takes a date or a list
 * id together with the code: GSO codes are reused across periods (11977 was
 * three different communes), so a code alone never names a unit.
 */
export interface UnitRegistry {
  province: { code: string; name: string };
  /** Lists in date order. */
  lists: readonly UnitList[];
  transitions: readonly Transition[];
  listById(id: string): UnitList | undefined;
  /** The list valid on an ISO date, if any. */
  listOn(date: string): UnitList | undefined;
  unit(listId: string, code: string): AdminUnit | undefined;
  unitOn(date: string, code: string): AdminUnit | undefined;
  district(listId: string, districtCode: string | null): District | undefined;
  /**
   * The units of a later list that a unit became part of, following the
   * transitions forward. `known` is false when a source gives no receiving
   * unit for some step (18 communes abolished on 01/01/2025).
   */
  successors(listId: string, code: string, targetListId: string): { units: AdminUnit[]; known: boolean };
  /** The units of an earlier list that became (part of) this unit, following the transitions backward. */
  predecessors(listId: string, code: string, sourceListId: string): AdminUnit[];
  /** Every list's unit that has held this code, oldest first (for hints in messages). */
  unitsWithCode(code: string): AdminUnit[];
}

const inList = (list: UnitList, date: string) => date >= list.validFrom && (list.validTo === null || date <= list.validTo);

export function createUnitRegistry(
  province: { code: string; name: string },
  lists: readonly UnitList[],
  transitions: readonly Transition[],
): UnitRegistry {
  const byId = new Map(lists.map((list) => [list.id, list]));
  const units = new Map(lists.map((list) => [list.id, new Map(list.units.map((unit) => [unit.code, unit]))]));
  const districts = new Map(lists.map((list) => [list.id, new Map(list.districts.map((d) => [d.code, d]))]));
  const listIndex = new Map(lists.map((list, index) => [list.id, index]));

  const registry: UnitRegistry = {
    province,
    lists,
    transitions,
    listById: (id) => byId.get(id),
    listOn: (date) => lists.find((list) => inList(list, date)),
    unit: (listId, code) => units.get(listId)?.get(code),
    unitOn(date, code) {
      const list = registry.listOn(date);
      return list ? registry.unit(list.id, code) : undefined;
    },
    district: (listId, districtCode) => (districtCode === null ? undefined : districts.get(listId)?.get(districtCode)),
    successors(listId, code, targetListId) {
      let codes = new Set([code]);
      let current = listId;
      let known = registry.unit(listId, code) !== undefined;
      if ((listIndex.get(targetListId) ?? -1) < (listIndex.get(listId) ?? Infinity)) return { units: [], known: false };
      while (current !== targetListId) {
        const step = transitions.find((t) => t.from === current);
        if (!step) return { units: [], known: false };
        const next = new Set<string>();
        for (const link of step.links) {
          if (!codes.has(link.fromCode)) continue;
          if (link.toCode === null) known = false;
          else next.add(link.toCode);
        }
        codes = next;
        current = step.to;
      }
      const found = [...codes].flatMap((c) => registry.unit(targetListId, c) ?? []);
      return { units: found, known: known && found.length > 0 };
    },
    predecessors(listId, code, sourceListId) {
      let codes = new Set([code]);
      let current = listId;
      while (current !== sourceListId) {
        const step = transitions.find((t) => t.to === current);
        if (!step) return [];
        codes = new Set(step.links.filter((link) => link.toCode !== null && codes.has(link.toCode)).map((link) => link.fromCode));
        current = step.from;
      }
      return [...codes].flatMap((c) => registry.unit(sourceListId, c) ?? []);
    },
    unitsWithCode: (code) => lists.flatMap((list) => registry.unit(list.id, code) ?? []),
  };
  return registry;
}
