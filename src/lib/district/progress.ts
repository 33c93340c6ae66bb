import type { ActivityRecord } from '../activities/types';
import { quarterOf, type Quarter } from '../calendar/quarters';
import type { AdminUnit } from '../units/types';
import type { DistrictPlan } from './plan';

/** Which (unit, quarter, format) had at least one activity: one pass over the records. */
export interface FormatIndex {
  has(listId: string, code: string, year: number, quarter: Quarter, format: string): boolean;
}

export function formatIndex(records: Iterable<Pick<ActivityRecord, 'date' | 'listId' | 'code' | 'format'>>): FormatIndex {
  const keys = new Set<string>();
  for (const record of records) {
    const { year, quarter } = quarterOf(record.date);
    keys.add(`${record.listId}:${record.code}:${year}:${quarter}:${record.format}`);
  }
  return { has: (listId, code, year, quarter, format) => keys.has(`${listId}:${code}:${year}:${quarter}:${format}`) };
}

export interface MissedCell {
  unit: AdminUnit;
  quarter: Quarter;
  /** Planned formats with no activity recorded in that quarter. */
  formats: string[];
}

export interface PlanProgress {
  /** Planned (unit, quarter, format) cells in quarters that have ended. */
  due: number;
  /** Of those, the cells with at least one activity recorded. */
  done: number;
  /** done / due, or null when nothing is due yet. */
  ratio: number | null;
  /** Planned cells in quarters not ended yet (not counted). */
  upcoming: number;
  /** Due cells with no activity, grouped by unit and quarter, in quarter then code order. */
  missed: MissedCell[];
  /** Units of the district no plan line names. */
  unplanned: AdminUnit[];
  byQuarter: { quarter: Quarter; due: number; done: number; ended: boolean }[];
}

/**
 * Planned against done: every (unit, quarter, format) the plan names is a
 * cell, done when the unit recorded at least one activity of that format in
 * that quarter. Lines naming the same cell twice count it once; quarters
 * that have not ended are left out of the ratio.
 */
export function planProgress(plan: DistrictPlan, index: FormatIndex, ended: (year: number, quarter: Quarter) => boolean): PlanProgress {
  const cells = new Map<string, { unit: AdminUnit; quarter: Quarter; format: string }>();
  for (const item of plan.items) {
    for (const unit of item.units) {
      for (const quarter of item.quarters) {
        for (const format of item.formats) cells.set(`${quarter}:${unit.code}:${format}`, { unit, quarter, format });
      }
    }
  }
  const byQuarter = new Map<Quarter, { quarter: Quarter; due: number; done: number; ended: boolean }>();
  const missed = new Map<string, MissedCell>();
  let due = 0;
  let done = 0;
  let upcoming = 0;
  const sorted = [...cells.values()].sort((a, b) => a.quarter - b.quarter || a.unit.code.localeCompare(b.unit.code));
  for (const cell of sorted) {
    const isEnded = ended(plan.year, cell.quarter);
    let row = byQuarter.get(cell.quarter);
    if (!row) byQuarter.set(cell.quarter, (row = { quarter: cell.quarter, due: 0, done: 0, ended: isEnded }));
    if (!isEnded) {
      upcoming += 1;
      continue;
    }
    due += 1;
    row.due += 1;
    if (index.has(cell.unit.listId, cell.unit.code, plan.year, cell.quarter, cell.format)) {
      done += 1;
      row.done += 1;
      continue;
    }
    const key = `${cell.quarter}:${cell.unit.code}`;
    let miss = missed.get(key);
    if (!miss) missed.set(key, (miss = { unit: cell.unit, quarter: cell.quarter, formats: [] }));
    miss.formats.push(cell.format);
  }
  const named = new Set(plan.items.flatMap((item) => item.units.map((unit) => unit.code)));
  return {
    due,
    done,
    ratio: due > 0 ? done / due : null,
    upcoming,
    missed: [...missed.values()],
    unplanned: plan.list.units.filter((unit) => unit.districtCode === plan.district.code && !named.has(unit.code)),
    byQuarter: [...byQuarter.values()].sort((a, b) => a.quarter - b.quarter),
  };
}
