import type { UnitRegistry } from '../units/registry';
import { listRef, type AdminUnit, type ListRef } from '../units/types';
import type { ActivityCounts } from './counts';
import { validDuring } from '../calendar/periods';
import { QUARTERS, quarterRange, type Quarter } from '../calendar/quarters';

/**
 * Duy trì thường xuyên: a unit keeps outreach up in a year when it has
 * activities in at least `regularQuartersPerYear` of the four quarters (the
 * rule is content: regularQuartersPerYear in content/ke-hoach/).
 *
 * Rows follow the list valid on 1 January. When the list changes during the
 * year (2025: 1 January and 1 July), a later quarter counts the activities of
 * the units the row's unit became part of (e.g. Q3–Q4 2025 of Phường Hiến Nam
 * count Phường Phố Hiến's activities); each cell says which units it counted.
 */
export interface QuarterCell {
  quarter: Quarter;
  count: number;
  /** The lists whose activities were counted in this quarter. */
  lists: ListRef[];
  /** The units whose activities were counted, when not the row's own unit. */
  countedAs: AdminUnit[];
  /** False when a source gives no successor for the unit, so activities cannot be followed. */
  known: boolean;
}

export interface UnitYear {
  unit: AdminUnit;
  quarters: QuarterCell[];
  activeQuarters: number;
  regular: boolean;
}

export interface YearRegularity {
  year: number;
  /** The list the rows follow (valid on 1 January). */
  list: ListRef;
  /** The lists valid in some part of the year, in order. */
  yearLists: ListRef[];
  rule: number;
  rows: UnitYear[];
  regularUnits: number;
  /** Regular units ÷ rows; null when there is no row. */
  ratio: number | null;
}

export function yearRegularity(
  counts: ActivityCounts,
  registry: UnitRegistry,
  year: number,
  rule: number,
  inScope: (unit: AdminUnit) => boolean = () => true,
): YearRegularity | null {
  const list = registry.listOn(`${year}-01-01`);
  if (!list) return null;
  const yearLists = registry.lists.filter((l) => validDuring(l, `${year}-01-01`, `${year}-12-31`));
  const rows = list.units.filter(inScope).map((unit): UnitYear => {
    const quarters = QUARTERS.map((quarter): QuarterCell => {
      const { start, end } = quarterRange(year, quarter);
      const cellLists = yearLists.filter((l) => validDuring(l, start, end));
      let count = 0;
      let known = true;
      const countedAs: AdminUnit[] = [];
      for (const other of cellLists) {
        if (other.id === list.id) {
          count += counts.get(year, quarter, list.id, unit.code);
          continue;
        }
        const successors = registry.successors(list.id, unit.code, other.id);
        known &&= successors.known;
        for (const successor of successors.units) {
          countedAs.push(successor);
          count += counts.get(year, quarter, other.id, successor.code);
        }
      }
      return { quarter, count, lists: cellLists.map(listRef), countedAs, known };
    });
    const activeQuarters = quarters.filter((cell) => cell.count > 0).length;
    return { unit, quarters, activeQuarters, regular: activeQuarters >= rule };
  });
  const regularUnits = rows.filter((row) => row.regular).length;
  return {
    year,
    list: listRef(list),
    yearLists: yearLists.map(listRef),
    rule,
    rows,
    regularUnits,
    ratio: rows.length === 0 ? null : regularUnits / rows.length,
  };
}
