import type { ActivityRecord } from '../activities/types';
import { formatDate, formatNumber, formatPercent } from '../format/vi';
import { readingTime } from '../materials/text';
import { routes } from '../routes';
import type { TaxonomyItem } from '../taxonomy/taxonomy';
import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import { waveList } from './check';
import { PHASE_LABELS, waveCalendar, wavePhase, waveResults, type WavePhase } from './results';
import type { Wave } from './types';

/** What the wave pages need besides the waves and records. */
export interface WaveViewContext {
  registry: UnitRegistry;
  formats: readonly TaxonomyItem[];
  audiences: readonly TaxonomyItem[];
  /** Title and text of a material by slug (text for a script's reading time). */
  material: (slug: string) => { title: string; text: string } | undefined;
  kitTitle: (slug: string) => string | undefined;
  today: string;
}

const dates = (wave: Pick<Wave, 'start' | 'end'>) => `${formatDate(wave.start)} – ${formatDate(wave.end)}`;
const ratio = (done: number, of: number | null) => (of === null || of === 0 ? '—' : formatPercent(done / of));

export interface WaveCard {
  slug: string;
  name: string;
  href: string;
  dates: string;
  phase: string;
  activities: string;
}

/** /chien-dich/dot/: the waves as current, upcoming and past. */
export function wavesCalendarView(waves: readonly Wave[], records: readonly ActivityRecord[], context: WaveViewContext) {
  const groups = waveCalendar(waves, context.today);
  const card = (wave: Wave): WaveCard => ({
    slug: wave.slug,
    name: wave.name,
    href: routes.wave(wave.slug),
    dates: dates(wave),
    phase: PHASE_LABELS[wavePhase(wave, context.today)],
    activities: formatNumber(records.filter((r) => r.wave === wave.slug).length),
  });
  const sections = (['dang-dien-ra', 'sap-toi', 'da-qua'] as WavePhase[]).map((phase) => ({ id: phase, title: PHASE_LABELS[phase], waves: groups[phase].map(card) }));
  return {
    sections,
    illustrative: waves.some((w) => w.illustrative) || records.some((r) => r.wave && r.illustrative),
    calendarHref: routes.wavesCalendar,
  };
}

/** /chien-dich/dot/<slug>/: messages, pack, schedule and results. */
export function wavePageView(wave: Wave, records: readonly ActivityRecord[], context: WaveViewContext) {
  const results = waveResults(wave, records, context);
  const list = waveList(wave, context.registry);
  const area = wave.allUnits
    ? `Toàn tỉnh: ${formatNumber(results.areaUnits)} xã, phường (${list?.label ?? 'danh sách đơn vị của ngày đợt'})`
    : `${formatNumber(results.areaUnits)} xã, phường: ${wave.units.map((code) => (list ? context.registry.unit(list.id, code) : undefined)).flatMap((u) => (u ? [unitFullName(u)] : [])).join('; ')}`;
  const label = (items: readonly TaxonomyItem[], id: string) => items.find((i) => i.id === id)?.label ?? id;
  const schedule = wave.broadcasts.map((b) => {
    const material = context.material(b.script);
    const time = readingTime(material?.text ?? '');
    return {
      title: material?.title ?? b.script,
      href: routes.material(b.script),
      readingMinutes: formatNumber(time.minutes),
      days: b.days.map(formatDate),
      timesPerDay: formatNumber(b.timesPerDay),
      total: formatNumber(b.days.length * b.timesPerDay),
    };
  });
  return {
    slug: wave.slug,
    title: wave.name,
    dates: dates(wave),
    phase: PHASE_LABELS[wavePhase(wave, context.today)],
    basis: wave.basis,
    basisUrl: wave.basisUrl,
    area,
    audiences: wave.audiences.map((id) => label(context.audiences, id)),
    messages: [...wave.messages],
    illustrative: wave.illustrative || results.illustrative > 0,
    pack: {
      href: routes.wavePack(wave.slug),
      materials: wave.materials.map((slug) => ({ title: context.material(slug)?.title ?? slug, href: routes.material(slug) })),
      kits: wave.lessonKits.map((slug) => ({ title: context.kitTitle(slug) ?? slug, href: routes.lessonKit(slug) })),
    },
    schedule,
    results: {
      activities: formatNumber(results.activities),
      units: `${formatNumber(results.unitsReached)}/${formatNumber(results.areaUnits)}`,
      unitsShare: ratio(results.unitsReached, results.areaUnits),
      notReached: results.unitsNotReached.map(unitFullName),
      byFormat: results.byFormat.map((row) => ({
        label: row.label,
        done: formatNumber(row.done),
        expected: row.expected === null ? 'không dự kiến' : formatNumber(row.expected),
        share: ratio(row.done, row.expected),
      })),
      byAudience: results.byAudience.map((row) => ({
        label: row.label,
        participants: formatNumber(row.participants),
        activities: formatNumber(row.activities),
        uncounted: formatNumber(row.uncounted),
      })),
      materials: results.materialsUsed.map((row) => ({
        title: context.material(row.slug)?.title ?? row.slug,
        href: routes.material(row.slug),
        activities: formatNumber(row.activities),
        units: formatNumber(row.units),
        where: row.where.length <= 5 ? row.where.map(unitFullName).join('; ') : `${row.where.slice(0, 5).map(unitFullName).join('; ')} và ${formatNumber(row.where.length - 5)} nơi khác`,
        inPack: row.inPack ? 'Có' : 'Không',
      })),
    },
    calendarHref: routes.wavesCalendar,
  };
}

export type WavePageView = ReturnType<typeof wavePageView>;
