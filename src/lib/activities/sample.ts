import { QUARTERS, quarterRange } from '../calendar/quarters';
import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit, UnitList } from '../units/types';
import { fileSlug } from './file-slug';
import { recordKey } from './record-key';
import type { ActivityRecord } from './types';
import type { FileHeader } from './yaml-file';

/**
 * Dữ liệu minh họa: an obviously synthetic, reproducible data set (fixed seed)
 * so the dashboards have something to show. Every record says "(dữ liệu minh
 * họa)" and carries illustrative: true. Some districts and communes are made
 * to lag so that "communes that fell behind" shows something.
 */
export const SAMPLE_SUFFIX = '(dữ liệu minh họa)';

export interface SampleOptions {
  registry: UnitRegistry;
  years: readonly number[];
  seed: number;
  /** Multiplies the number of activities (1 = the illustrative set; 10, 100 for benchmarks). */
  scale: number;
  /** No activity after this ISO date. */
  today: string;
  /** Library materials with their audiences, to link some activities to. */
  materials: readonly { slug: string; audiences: readonly string[] }[];
}

/** Mulberry32: a small seeded generator, so the same seed gives the same data everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FormatPlan {
  id: string;
  weight: number;
  audiences: readonly (readonly string[])[];
  participants: readonly [number, number] | null;
  text: string;
}

const FORMATS: readonly FormatPlan[] = [
  { id: 'loa-truyen-thanh', weight: 30, audiences: [['cong-dong']], participants: null, text: 'Phát thanh tuyên truyền trên loa' },
  { id: 'hoi-nghi', weight: 14, audiences: [['cong-dong'], ['cong-dong', 'lao-dong-khu-cong-nghiep']], participants: [40, 200], text: 'Hội nghị tuyên truyền phòng, chống mại dâm tại nhà văn hóa' },
  { id: 'to-roi', weight: 14, audiences: [['cong-dong'], ['lao-dong-khu-cong-nghiep']], participants: [50, 400], text: 'Phát tờ rơi về phòng, chống mại dâm và mua bán người' },
  { id: 'pano-ap-phich', weight: 7, audiences: [['cong-dong']], participants: null, text: 'Treo băng rôn, áp phích tuyên truyền' },
  { id: 'truyen-thong-truc-tiep', weight: 10, audiences: [['lao-dong-co-so-dich-vu'], ['cong-dong']], participants: [5, 40], text: 'Truyền thông trực tiếp tại cơ sở kinh doanh dịch vụ' },
  { id: 'ngoai-khoa', weight: 8, audiences: [['hoc-sinh-sinh-vien']], participants: [80, 600], text: 'Buổi ngoại khóa về quan hệ lành mạnh và phòng tránh xâm hại' },
  { id: 'mang-xa-hoi', weight: 9, audiences: [['cong-dong', 'hoc-sinh-sinh-vien']], participants: null, text: 'Đăng bài tuyên truyền trên nhóm Zalo của thôn' },
  { id: 'hoi-thi-san-khau', weight: 3, audiences: [['hoc-sinh-sinh-vien', 'cong-dong']], participants: [100, 500], text: 'Tiểu phẩm sân khấu hóa về phòng, chống mại dâm' },
  { id: 'bao-dai', weight: 3, audiences: [['cong-dong']], participants: null, text: 'Tin bài trên đài truyền thanh' },
];
const TOTAL_WEIGHT = FORMATS.reduce((sum, f) => sum + f.weight, 0);
const QUARTER_FACTOR = [0.85, 1, 0.8, 1.1];
const YEAR_FACTOR: Record<number, number> = { 2022: 0.75, 2023: 0.9, 2024: 1.05, 2025: 1 };

const isoDay = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (start: string, end: string) => Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);

function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit && k < 1000) {
    k += 1;
    p *= random();
  }
  return k;
}

/** The district a unit's engagement follows; after 07/2025, the district of the units it was formed from. */
function districtKey(registry: UnitRegistry, unit: AdminUnit): string {
  if (unit.districtCode) return unit.districtCode;
  const old = registry.lists
    .filter((list) => list.districts.length > 0)
    .flatMap((list) => registry.predecessors(unit.listId, unit.code, list.id))
    .find((u) => u.districtCode);
  return old?.districtCode ?? `tinh-${unit.formedFromOldProvince ?? 'khac'}`;
}

/**
 * Generates the sample: for each year and quarter, the units of the list(s)
 * valid in it, with dates inside both the quarter and the list's validity.
 * Returns new file contents by slug.
 */
export function generateSample(options: SampleOptions): Map<string, { header: FileHeader; records: ActivityRecord[] }> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const districtFactor = new Map<string, number>();
  const unitFactor = new Map<string, number>();
  const engagement = (unit: AdminUnit) => {
    const district = districtKey(options.registry, unit);
    if (!districtFactor.has(district)) districtFactor.set(district, 0.35 + random() * 0.75);
    const key = `${unit.listId}-${unit.code}`;
    if (!unitFactor.has(key)) unitFactor.set(key, random() < 0.12 ? 0.15 : 0.5 + random() * 0.7);
    return (districtFactor.get(district) ?? 1) * (unitFactor.get(key) ?? 1);
  };
  const files = new Map<string, { header: FileHeader; records: ActivityRecord[]; keys: Set<string> }>();

  for (const year of options.years) {
    for (const quarter of QUARTERS) {
      const range = quarterRange(year, quarter);
      const lists = options.registry.lists.filter((l: UnitList) => l.validFrom <= range.end && (l.validTo === null || l.validTo >= range.start));
      for (const list of lists) {
        const start = list.validFrom > range.start ? list.validFrom : range.start;
        const listEnd = list.validTo !== null && list.validTo < range.end ? list.validTo : range.end;
        const end = listEnd < options.today ? listEnd : options.today;
        if (end < start) continue;
        const span = daysBetween(start, end) + 1;
        for (const unit of list.units) {
          const level = engagement(unit) * (QUARTER_FACTOR[quarter - 1] ?? 1) * (YEAR_FACTOR[year] ?? 1);
          if (random() > Math.min(0.97, 0.25 + level * 0.75)) continue;
          const count = Math.max(1, Math.round((1 + poisson(random, 4 * level)) * options.scale));
          const slug = fileSlug({ year, listId: list.id, code: unit.code });
          const file = files.get(slug) ?? { header: { listId: list.id, code: unit.code, unitName: unitFullName(unit), illustrative: true }, records: [], keys: new Set() };
          files.set(slug, file);
          for (let i = 0; i < count; i += 1) {
            let roll = random() * TOTAL_WEIGHT;
            const format = FORMATS.find((f) => (roll -= f.weight) < 0) ?? FORMATS[0]!;
            const audiences = pick(format.audiences);
            const participants = format.participants ? format.participants[0] + Math.floor(random() * (format.participants[1] - format.participants[0])) : null;
            const fitting = options.materials.filter((m) => m.audiences.some((a) => audiences.includes(a)));
            const materials = fitting.length > 0 && random() < 0.3 ? [pick(fitting).slug] : [];
            const record: ActivityRecord = {
              date: isoDay(start, Math.floor(random() * span)),
              listId: list.id,
              code: unit.code,
              format: format.id,
              audiences,
              participants,
              materials,
              description: `${format.text} ${SAMPLE_SUFFIX}`,
              reportingUnit: format.id === 'ngoai-khoa' ? `Trường học trên địa bàn ${SAMPLE_SUFFIX}` : `UBND ${unitFullName(unit)} ${SAMPLE_SUFFIX}`,
              illustrative: true,
            };
            // Same date, format and text would be the same record: number the repeats.
            let n = 2;
            while (file.keys.has(recordKey(record))) record.description = `${format.text}, lần ${n++} trong ngày ${SAMPLE_SUFFIX}`;
            file.keys.add(recordKey(record));
            file.records.push(record);
          }
        }
      }
    }
  }
  return new Map([...files].map(([slug, { header, records }]) => [slug, { header, records }]));
}
