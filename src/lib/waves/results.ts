import type { ActivityRecord } from '../activities/types';
import type { TaxonomyItem } from '../taxonomy/taxonomy';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit } from '../units/types';
import { waveList } from './check';
import type { Wave } from './types';

/** Where a wave stands on a given day. */
export type WavePhase = 'dang-dien-ra' | 'sap-toi' | 'da-qua';

export const PHASE_LABELS: Record<WavePhase, string> = {
  'dang-dien-ra': 'Đang diễn ra',
  'sap-toi': 'Sắp tới',
  'da-qua': 'Đã qua',
};

export function wavePhase(wave: Pick<Wave, 'start' | 'end'>, today: string): WavePhase {
  if (today < wave.start) return 'sap-toi';
  if (today > wave.end) return 'da-qua';
  return 'dang-dien-ra';
}

/** Waves grouped for the calendar: current, upcoming (soonest first), past (latest first). */
export function waveCalendar<W extends Pick<Wave, 'start' | 'end' | 'slug'>>(waves: readonly W[], today: string): Record<WavePhase, W[]> {
  const groups: Record<WavePhase, W[]> = { 'dang-dien-ra': [], 'sap-toi': [], 'da-qua': [] };
  for (const wave of waves) groups[wavePhase(wave, today)].push(wave);
  groups['dang-dien-ra'].sort((a, b) => a.end.localeCompare(b.end));
  groups['sap-toi'].sort((a, b) => a.start.localeCompare(b.start));
  groups['da-qua'].sort((a, b) => b.start.localeCompare(a.start));
  return groups;
}

export interface WaveResults {
  /** Records linked to the wave. */
  activities: number;
  illustrative: number;
  /** Units of the wave's area (the list valid on its dates) and those with at least one linked record. */
  areaUnits: number;
  unitsReached: number;
  /** Area units with no linked record, by name. */
  unitsNotReached: AdminUnit[];
  /** Per expected format (then formats not expected but linked, which the rules refuse, kept visible): done against expected. */
  byFormat: { format: string; label: string; expected: number | null; done: number }[];
  /** Reach by audience: participants counted (lượt người) and records with that audience; a record with several audiences counts in each. */
  byAudience: { audience: string; label: string; participants: number; activities: number; uncounted: number }[];
  /** Materials used by linked records: how many records and in how many units. */
  materialsUsed: { slug: string; activities: number; units: number; inPack: boolean; where: AdminUnit[] }[];
}

/**
 * A wave's results, from the records linked to it (record.wave === slug):
 * units reached against the area, activities by format against what was
 * expected, reach by audience, materials used and where.
 */
export function waveResults(wave: Wave, records: readonly ActivityRecord[], context: { registry: UnitRegistry; formats: readonly TaxonomyItem[]; audiences: readonly TaxonomyItem[] }): WaveResults {
  const linked = records.filter((record) => record.wave === wave.slug);
  const list = waveList(wave, context.registry);
  const area = list ? (wave.allUnits ? [...list.units] : wave.units.flatMap((code) => context.registry.unit(list.id, code) ?? [])) : [];
  const key = (listId: string, code: string) => `${listId}/${code}`;
  const reached = new Set(linked.map((record) => key(record.listId, record.code)));
  const label = (items: readonly TaxonomyItem[], id: string) => items.find((item) => item.id === id)?.label ?? id;

  const done = new Map<string, number>();
  for (const record of linked) done.set(record.format, (done.get(record.format) ?? 0) + 1);
  const byFormat = wave.expected.map((row) => ({ format: row.format, label: label(context.formats, row.format), expected: row.count as number | null, done: done.get(row.format) ?? 0 }));
  for (const [format, count] of done) {
    if (!wave.expected.some((row) => row.format === format)) byFormat.push({ format, label: label(context.formats, format), expected: null, done: count });
  }

  const audienceIds = [...new Set([...wave.audiences, ...linked.flatMap((record) => record.audiences)])];
  const byAudience = audienceIds.map((audience) => {
    const of = linked.filter((record) => record.audiences.includes(audience));
    return {
      audience,
      label: label(context.audiences, audience),
      participants: of.reduce((sum, record) => sum + (record.participants ?? 0), 0),
      activities: of.length,
      uncounted: of.filter((record) => record.participants === null).length,
    };
  });

  const materialSlugs = [...new Set([...linked.flatMap((record) => record.materials)])].sort();
  const materialsUsed = materialSlugs.map((slug) => {
    const of = linked.filter((record) => record.materials.includes(slug));
    const keys = [...new Set(of.map((record) => key(record.listId, record.code)))];
    const where = keys.flatMap((k) => {
      const [listId = '', code = ''] = k.split('/');
      return context.registry.unit(listId, code) ?? [];
    });
    return { slug, activities: of.length, units: keys.length, inPack: wave.materials.includes(slug), where };
  });

  return {
    activities: linked.length,
    illustrative: linked.filter((record) => record.illustrative).length,
    areaUnits: area.length,
    unitsReached: area.filter((unit) => reached.has(key(unit.listId, unit.code))).length,
    unitsNotReached: area.filter((unit) => !reached.has(key(unit.listId, unit.code))),
    byFormat,
    byAudience,
    materialsUsed,
  };
}
