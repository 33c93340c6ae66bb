import type { ActivityRecord } from '../activities/types';

export interface MaterialUse {
  year: number;
  /** Distinct units (list + code) that recorded an activity using the material. */
  units: number;
  activities: number;
  illustrative: boolean;
}

/** Where a material was used, per year, newest first ("đã dùng ở N xã trong năm 2024"). */
export function materialUse(records: readonly ActivityRecord[], slug: string): MaterialUse[] {
  const byYear = new Map<number, { units: Set<string>; activities: number; illustrative: boolean }>();
  for (const record of records) {
    if (!record.materials.includes(slug)) continue;
    const year = Number(record.date.slice(0, 4));
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { units: new Set(), activities: 0, illustrative: false }));
    entry.units.add(`${record.listId}:${record.code}`);
    entry.activities += 1;
    entry.illustrative ||= record.illustrative;
  }
  return [...byYear.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, entry]) => ({ year, units: entry.units.size, activities: entry.activities, illustrative: entry.illustrative }));
}
