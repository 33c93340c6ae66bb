import type { UnitRegistry } from '../units/registry';
import { listRef, type AdminUnit, type ListRef } from '../units/types';
import type { ActivityCounts } from './counts';
import { quarterRange, type Quarter } from '../calendar/quarters';

/**
 * Độ bao phủ theo quý: a unit is covered in a quarter when it has at least one
 * activity dated in it; coverage = covered units ÷ units of the list valid on
 * the quarter's first day. The figure carries that list.
 */
export interface QuarterCoverage {
  year: number;
  quarter: Quarter;
  /** The list the figure counts against (valid on the quarter's first day). */
  list: ListRef;
  units: number;
  covered: number;
  /** covered ÷ units; null when the list has no unit in scope. */
  ratio: number | null;
  /** Codes (in `list`) of the units with no activity in the quarter. */
  uncovered: AdminUnit[];
  /** Activities in the quarter recorded against another list (a list change inside the quarter): not counted here. */
  otherListActivities: number;
}

export function quarterCoverage(
  counts: ActivityCounts,
  registry: UnitRegistry,
  year: number,
  quarter: Quarter,
  inScope: (unit: AdminUnit) => boolean = () => true,
): QuarterCoverage | null {
  const list = registry.listOn(quarterRange(year, quarter).start);
  if (!list) return null;
  const units = list.units.filter(inScope);
  const active = counts.unitsIn(year, quarter, list.id);
  const uncovered = units.filter((unit) => (active.get(unit.code) ?? 0) === 0);
  const covered = units.length - uncovered.length;
  const otherListActivities = counts
    .listsIn(year, quarter)
    .filter((id) => id !== list.id)
    .reduce((sum, id) => sum + [...counts.unitsIn(year, quarter, id).values()].reduce((a, b) => a + b, 0), 0);
  return {
    year,
    quarter,
    list: listRef(list),
    units: units.length,
    covered,
    ratio: units.length === 0 ? null : covered / units.length,
    uncovered,
    otherListActivities,
  };
}
