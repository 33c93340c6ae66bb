import type { ActivityRecord } from '../activities/types';
import { quarterOf, type Quarter } from '../calendar/quarters';

/**
 * Activities counted per (year, quarter, list, code): the one pass over the
 * records every coverage figure starts from.
 */
export interface ActivityCounts {
  /** Number of activities of unit (listId, code) dated in the quarter. */
  get(year: number, quarter: Quarter, listId: string, code: string): number;
  /** The list ids that have activities in the quarter. */
  listsIn(year: number, quarter: Quarter): string[];
  /** Every (listId, code) with activities in the quarter, with its count. */
  unitsIn(year: number, quarter: Quarter, listId: string): Map<string, number>;
}

export function countActivities(records: Iterable<Pick<ActivityRecord, 'date' | 'listId' | 'code'>>): ActivityCounts {
  // year-quarter → listId → code → count
  const byQuarter = new Map<string, Map<string, Map<string, number>>>();
  for (const record of records) {
    const { year, quarter } = quarterOf(record.date);
    const qKey = `${year}-${quarter}`;
    let lists = byQuarter.get(qKey);
    if (!lists) byQuarter.set(qKey, (lists = new Map()));
    let codes = lists.get(record.listId);
    if (!codes) lists.set(record.listId, (codes = new Map()));
    codes.set(record.code, (codes.get(record.code) ?? 0) + 1);
  }
  return {
    get: (year, quarter, listId, code) => byQuarter.get(`${year}-${quarter}`)?.get(listId)?.get(code) ?? 0,
    listsIn: (year, quarter) => [...(byQuarter.get(`${year}-${quarter}`)?.keys() ?? [])],
    unitsIn: (year, quarter, listId) => byQuarter.get(`${year}-${quarter}`)?.get(listId) ?? new Map(),
  };
}
