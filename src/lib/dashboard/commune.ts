import type { ActivityRecord } from '../activities/types';
import { quarterOf, quarterRange, type Quarter } from '../coverage/quarters';
import type { AdminUnit, UnitList } from '../units/types';

/**
 * One commune-level unit's page in the campaign tracker: its activities by
 * quarter and format, audiences reached, materials used and the quarters it
 * had no activity in. A unit is (listId, code): GSO codes are reused across
 * lists, so records are matched on both, never on the code alone.
 */

/** "/chien-dich/xa/2021-11950/": the unit's page (list id first, as codes are reused). */
export const communePath = (unit: Pick<AdminUnit, 'listId' | 'code'>) => `/chien-dich/xa/${unit.listId}-${unit.code}/`;

/** The `[unit]` route parameter of a unit's page: "2025-07-11950". */
export const communeParam = (unit: Pick<AdminUnit, 'listId' | 'code'>) => `${unit.listId}-${unit.code}`;

/** Key of a unit in maps: "2021:11950". */
export const unitKey = (unit: Pick<AdminUnit, 'listId' | 'code'>) => `${unit.listId}:${unit.code}`;

/** A quarter of the plan, as the campaign gives it. */
export interface PlanQuarter {
  year: number;
  quarter: Quarter;
  /** False while the quarter is still running: no activity there is not (yet) a gap. */
  ended: boolean;
}

export interface CommuneQuarter {
  year: number;
  quarter: Quarter;
  ended: boolean;
  /** Activities of the unit dated in the quarter. */
  total: number;
  /** Activities per format id (only formats with at least one). */
  byFormat: Record<string, number>;
  covered: boolean;
}

export interface CommuneAudience {
  audience: string;
  activities: number;
  /** Sum of participants of the activities for this audience (lượt người; an activity for two audiences counts in both). */
  participants: number;
  /** Activities for this audience with no participant count (not in the sum). */
  withoutCount: number;
}

export interface CommuneMaterial {
  slug: string;
  activities: number;
  /** ISO date of the latest activity that used it. */
  lastDate: string;
}

export interface CommuneActivity {
  date: string;
  format: string;
  audiences: readonly string[];
  participants: number | null;
  materials: readonly string[];
  description: string;
}

export interface CommuneSummary {
  /** Plan quarters the units answer for (its list valid on the quarter's first day), oldest first. */
  quarters: CommuneQuarter[];
  /** Format ids that occur in those quarters, in `formatOrder` then id order. */
  formats: string[];
  /** Quarters that have ended. */
  endedQuarters: number;
  /** Ended quarters with at least one activity. */
  coveredEnded: number;
  /** Ended quarters with no activity, oldest first. */
  uncoveredEnded: CommuneQuarter[];
  /** Audiences with at least one activity, in `audienceOrder` then id order. */
  audiences: CommuneAudience[];
  /** Materials used, most used first (then latest use, then slug). */
  materials: CommuneMaterial[];
  /** Every activity of the unit, newest first. */
  activities: CommuneActivity[];
  /** Activities of the unit dated outside the quarters above (before the plan started or after it ended). */
  outsideQuarters: number;
  illustrative: boolean;
}

export interface CommuneOptions {
  /** Format ids in display order (the taxonomy's); others follow by id. */
  formatOrder?: readonly string[];
  /** Audience ids in display order (the taxonomy's); others follow by id. */
  audienceOrder?: readonly string[];
}

/** True when the list is the one in force on the quarter's first day (the rule quarterly coverage counts by). */
export function listCoversQuarter(list: Pick<UnitList, 'validFrom' | 'validTo'>, quarter: Pick<PlanQuarter, 'year' | 'quarter'>): boolean {
  const start = quarterRange(quarter.year, quarter.quarter).start;
  return start >= list.validFrom && (list.validTo === null || start <= list.validTo);
}

const byOrder = (order: readonly string[] | undefined) => {
  const rank = new Map((order ?? []).map((id, index) => [id, index]));
  return (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b);
};

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

/**
 * The activities of any set of units (one commune, a district) by quarter and
 * format, audience and material. `quarters` are the quarters the units answer
 * for; records dated outside them are counted in `outsideQuarters`.
 */
export function summarizeRecords(
  records: readonly ActivityRecord[],
  planQuarters: readonly PlanQuarter[],
  options: CommuneOptions = {},
): CommuneSummary {
  const quarters: CommuneQuarter[] = planQuarters.map((q) => ({ year: q.year, quarter: q.quarter, ended: q.ended, total: 0, byFormat: {}, covered: false }));
  const quarterIndex = new Map(quarters.map((q) => [`${q.year}-${q.quarter}`, q]));
  const formats = new Set<string>();
  const audiences = new Map<string, CommuneAudience>();
  const materials = new Map<string, CommuneMaterial>();
  let outsideQuarters = 0;

  for (const record of records) {
    const { year, quarter } = quarterOf(record.date);
    const cell = quarterIndex.get(`${year}-${quarter}`);
    if (cell) {
      cell.total += 1;
      cell.byFormat[record.format] = (cell.byFormat[record.format] ?? 0) + 1;
      cell.covered = true;
      formats.add(record.format);
    } else {
      outsideQuarters += 1;
    }
    for (const audience of new Set(record.audiences)) {
      let entry = audiences.get(audience);
      if (!entry) audiences.set(audience, (entry = { audience, activities: 0, participants: 0, withoutCount: 0 }));
      entry.activities += 1;
      if (record.participants === null) entry.withoutCount += 1;
      else entry.participants += record.participants;
    }
    for (const slug of new Set(record.materials)) {
      const entry = materials.get(slug);
      if (!entry) materials.set(slug, { slug, activities: 1, lastDate: record.date });
      else {
        entry.activities += 1;
        if (record.date > entry.lastDate) entry.lastDate = record.date;
      }
    }
  }

  const ended = quarters.filter((q) => q.ended);
  const audienceOrder = byOrder(options.audienceOrder);
  return {
    quarters,
    formats: [...formats].sort(byOrder(options.formatOrder)),
    endedQuarters: ended.length,
    coveredEnded: ended.filter((q) => q.covered).length,
    uncoveredEnded: ended.filter((q) => !q.covered),
    audiences: [...audiences.values()].sort((a, b) => audienceOrder(a.audience, b.audience)),
    materials: [...materials.values()].sort(
      (a, b) => b.activities - a.activities || b.lastDate.localeCompare(a.lastDate) || a.slug.localeCompare(b.slug),
    ),
    activities: records
      .map((r) => ({ date: r.date, format: r.format, audiences: r.audiences, participants: r.participants, materials: r.materials, description: r.description }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.format.localeCompare(b.format) || a.description.localeCompare(b.description)),
    outsideQuarters,
    illustrative: records.some((r) => r.illustrative),
  };
}

/** One unit's summary: its own records (matched on list and code) over the plan quarters its list is in force for. */
export function communeSummary(
  unit: Pick<AdminUnit, 'listId' | 'code'>,
  list: Pick<UnitList, 'id' | 'validFrom' | 'validTo'>,
  planQuarters: readonly PlanQuarter[],
  records: Iterable<ActivityRecord>,
  options: CommuneOptions = {},
): CommuneSummary {
  if (unit.listId !== list.id) throw new Error(`Unit ${unit.code} belongs to list ${unit.listId}, not ${list.id}`);
  const own = [...records].filter((r) => r.listId === unit.listId && r.code === unit.code);
  return summarizeRecords(
    own,
    planQuarters.filter((q) => listCoversQuarter(list, q)),
    options,
  );
}
