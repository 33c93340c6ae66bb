import type { ActivityRecord } from '../activities/types';
import type { AdminUnit, UnitList } from '../units/types';
import { summarizeRecords, type ActivitySummary, type PlanQuarter, type SummaryOptions } from './activity-summary';
import { listCoversQuarter } from '../calendar/periods';

/**
 * One commune-level unit's page in the campaign tracker: its activities by
 * quarter and format, audiences reached, materials used and the quarters it
 * had no activity in. A unit is (listId, code): GSO codes are reused across
 * lists, so records are matched on both, never on the code alone.
 */

/** Key of a unit in maps: "2021:11950". */
export const unitKey = (unit: Pick<AdminUnit, 'listId' | 'code'>) => `${unit.listId}:${unit.code}`;

/** The records of each unit, keyed by `unitKey`, in one pass (for building every unit's page). */
export function recordsByUnit(records: Iterable<ActivityRecord>): Map<string, ActivityRecord[]> {
  const result = new Map<string, ActivityRecord[]>();
  for (const record of records) {
    const key = unitKey(record);
    const list = result.get(key);
    if (list) list.push(record);
    else result.set(key, [record]);
  }
  return result;
}

/** One unit's summary: its own records (matched on list and code) over the plan quarters its list is in force for. */
export function communeSummary(
  unit: Pick<AdminUnit, 'listId' | 'code'>,
  list: Pick<UnitList, 'id' | 'validFrom' | 'validTo'>,
  planQuarters: readonly PlanQuarter[],
  records: Iterable<ActivityRecord>,
  options: SummaryOptions = {},
): ActivitySummary {
  if (unit.listId !== list.id) throw new Error(`Unit ${unit.code} belongs to list ${unit.listId}, not ${list.id}`);
  const own = [...records].filter((r) => r.listId === unit.listId && r.code === unit.code);
  return summarizeRecords(
    own,
    planQuarters.filter((q) => listCoversQuarter(list, q)),
    options,
  );
}
