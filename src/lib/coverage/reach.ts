import type { ActivityRecord } from '../activities/types';
import { validDuring } from '../calendar/periods';
import type { UnitRegistry } from '../units/registry';
import { listRef, type ListRef } from '../units/types';

/**
 * Tỷ lệ tiếp cận theo đối tượng: participants of the year's activities for an
 * audience ÷ the denominator officers entered for that year (content/mau-so/).
 * Participants are counted per activity (lượt người), not per unique person.
 */
export const REACH_CAVEAT =
  'Số người được cộng theo từng hoạt động (lượt người), không phải số người khác nhau: một người dự nhiều hoạt động được tính nhiều lần, và một hoạt động cho nhiều nhóm đối tượng được tính đủ cho mỗi nhóm. Tỷ lệ có thể vượt 100%.';

export interface Denominator {
  audience: string;
  value: number | null;
  scope: string;
  source: string;
  confidence: string;
}

export interface AudienceReach {
  audience: string;
  year: number;
  /** Sum of participants of the year's activities that list this audience. */
  participants: number;
  activities: number;
  /** Activities for this audience with no participant count (not in the sum). */
  activitiesWithoutCount: number;
  /** The denominator with its source, or null when officers have not entered one. */
  denominator: Denominator | null;
  /** participants ÷ denominator; null without a denominator. */
  ratio: number | null;
  /** The unit lists in force during the year, whose units' activities were summed. */
  unitLists: ListRef[];
  caveat: string;
}

export function audienceReach(
  records: Iterable<ActivityRecord>,
  registry: UnitRegistry,
  year: number,
  audienceIds: readonly string[],
  denominators: readonly Denominator[],
): AudienceReach[] {
  const totals = new Map(audienceIds.map((id) => [id, { participants: 0, activities: 0, withoutCount: 0 }]));
  const prefix = `${year}-`;
  for (const record of records) {
    if (!record.date.startsWith(prefix)) continue;
    for (const audience of record.audiences) {
      const total = totals.get(audience);
      if (!total) continue;
      total.activities += 1;
      if (record.participants === null) total.withoutCount += 1;
      else total.participants += record.participants;
    }
  }
  const unitLists = registry.lists
    .filter((list) => validDuring(list, `${year}-01-01`, `${year}-12-31`))
    .map(listRef);
  return audienceIds.map((audience) => {
    const total = totals.get(audience) ?? { participants: 0, activities: 0, withoutCount: 0 };
    const found = denominators.find((d) => d.audience === audience && d.value !== null && d.value > 0) ?? null;
    return {
      audience,
      year,
      participants: total.participants,
      activities: total.activities,
      activitiesWithoutCount: total.withoutCount,
      denominator: found,
      ratio: found?.value ? total.participants / found.value : null,
      unitLists,
      caveat: REACH_CAVEAT,
    };
  });
}
