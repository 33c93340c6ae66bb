import type { ActivityRecord } from '../activities/types';
import { quarterOf, type Quarter } from '../calendar/quarters';

/**
 * What a set of units (one commune, a district) did over the quarters it
 * answers for: activities by quarter and format, audiences reached,
 * materials used, and the activities themselves.
 */

/** A quarter of the plan, as the campaign gives it. */
export interface PlanQuarter {
  year: number;
  quarter: Quarter;
  /** False while the quarter is still running: no activity there is not (yet) a gap. */
  ended: boolean;
}

export interface QuarterActivity {
  year: number;
  quarter: Quarter;
  ended: boolean;
  /** Activities dated in the quarter. */
  total: number;
  /** Activities per format id (only formats with at least one). */
  byFormat: Record<string, number>;
  covered: boolean;
}

export interface AudienceTotal {
  audience: string;
  activities: number;
  /** Sum of participants of the activities for this audience (lượt người; an activity for two audiences counts in both). */
  participants: number;
  /** Activities for this audience with no participant count (not in the sum). */
  withoutCount: number;
}

export interface MaterialTotal {
  slug: string;
  activities: number;
  /** ISO date of the latest activity that used it. */
  lastDate: string;
}

/** A material used, with its title in the library (null when it is not there). */
export interface MaterialUseItem extends MaterialTotal {
  title: string | null;
}

/** A library material as the builders read it: its slug and title. */
export interface MaterialTitle {
  slug: string;
  entry: { title: string };
}

/** The materials used with their library titles, for MaterialsUsed. */
export const withTitles = (materials: readonly MaterialTotal[], titles: ReadonlyMap<string, string>): MaterialUseItem[] =>
  materials.map((m) => ({ ...m, title: titles.get(m.slug) ?? null }));

export interface ActivityItem {
  date: string;
  format: string;
  audiences: readonly string[];
  participants: number | null;
  materials: readonly string[];
  description: string;
}

export interface ActivitySummary {
  /** The quarters the units answer for, oldest first. */
  quarters: QuarterActivity[];
  /** Format ids that occur in those quarters, in `formatOrder` then id order. */
  formats: string[];
  /** Activities of each of `formats` over the quarters. */
  formatTotals: number[];
  /** Activities over the quarters. */
  total: number;
  /** Quarters that have ended. */
  endedQuarters: number;
  /** Ended quarters with at least one activity. */
  coveredEnded: number;
  /** Ended quarters with no activity, oldest first. */
  uncoveredEnded: QuarterActivity[];
  /** Audiences with at least one activity, in `audienceOrder` then id order. */
  audiences: AudienceTotal[];
  /** Materials used, most used first (then latest use, then slug). */
  materials: MaterialTotal[];
  /** Every activity, newest first. */
  activities: ActivityItem[];
  /** Activities dated outside the quarters above (before the plan started or after it ended). */
  outsideQuarters: number;
  illustrative: boolean;
}

export interface SummaryOptions {
  /** Format ids in display order (the taxonomy's); others follow by id. */
  formatOrder?: readonly string[];
  /** Audience ids in display order (the taxonomy's); others follow by id. */
  audienceOrder?: readonly string[];
}

const byOrder = (order: readonly string[] | undefined) => {
  const rank = new Map((order ?? []).map((id, index) => [id, index]));
  return (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b);
};

/**
 * The activities of any set of units (one commune, a district) by quarter and
 * format, audience and material. `quarters` are the quarters the units answer
 * for; records dated outside them are counted in `outsideQuarters`.
 */
export function summarizeRecords(
  records: readonly ActivityRecord[],
  planQuarters: readonly PlanQuarter[],
  options: SummaryOptions = {},
): ActivitySummary {
  const quarters: QuarterActivity[] = planQuarters.map((q) => ({ year: q.year, quarter: q.quarter, ended: q.ended, total: 0, byFormat: {}, covered: false }));
  const quarterIndex = new Map(quarters.map((q) => [`${q.year}-${q.quarter}`, q]));
  const formats = new Set<string>();
  const audiences = new Map<string, AudienceTotal>();
  const materials = new Map<string, MaterialTotal>();
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
  const formatList = [...formats].sort(byOrder(options.formatOrder));
  return {
    quarters,
    formats: formatList,
    formatTotals: formatList.map((format) => quarters.reduce((sum, q) => sum + (q.byFormat[format] ?? 0), 0)),
    total: quarters.reduce((sum, q) => sum + q.total, 0),
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
