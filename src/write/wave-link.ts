import type { ActivityLookups } from '../lib/activities/check-file';
import { normalizeDescription } from '../lib/activities/record-key';
import type { ActivityRecord } from '../lib/activities/types';
import { linkWaveInText } from '../lib/activities/yaml-file';
import { recordPath } from '../lib/reporting/close';
import type { UnitRegistry } from '../lib/units/registry';
import { waveList } from '../lib/waves/check';
import { linkableRecords, type WaveRef } from '../lib/waves/link';
import { parseActivityText } from '../data/activities';
import { localStore } from './local-store';
import { digestOf, StoreError, type Author, type ContentStore, type FileChange, type WriteReceipt } from './content-store';

/**
 * Gắn hoạt động vào đợt: one action sets the wave on every record inside the
 * wave's dates, area and expected formats that has no wave yet, read and
 * written through the content store (local files or GitHub, with digests).
 *
 * Closed quarters: the wave is not part of a record's close digest
 * (src/lib/reporting/close.ts hashes date, unit, format, audiences,
 * participants, materials, description and reporting unit), so linking a
 * record of a closed quarter does not reopen or break the close: it labels
 * the record for a campaign without changing what the unit reported.
 */
export interface WaveLinkPlan {
  /** Files to change, with the records each would link. */
  files: { path: string; text: string; digest: string; records: ActivityRecord[] }[];
  records: number;
}

/** The activity files that can hold records of the wave (its list, each year it spans, each unit of its area). */
export function wavePaths(wave: WaveRef, registry: UnitRegistry): string[] {
  const list = waveList(wave, registry);
  if (!list) return [];
  const units = wave.allUnits ? list.units : list.units.filter((unit) => wave.units.includes(unit.code));
  const years: number[] = [];
  for (let year = Number(wave.start.slice(0, 4)); year <= Number(wave.end.slice(0, 4)); year += 1) years.push(year);
  return years.flatMap((year) => units.map((unit) => recordPath({ date: `${year}-01-01`, listId: list.id, code: unit.code })));
}

const keyOf = (record: { date: string; format: string; description: string }) => `${record.date}|${record.format}|${normalizeDescription(record.description)}`;

/** What linking would change, read through the store (nothing written). */
export async function planWaveLink(store: ContentStore, wave: WaveRef, registry: UnitRegistry, lookups: ActivityLookups, only: (record: ActivityRecord) => boolean = () => true): Promise<WaveLinkPlan> {
  const texts = await store.read(wavePaths(wave, registry));
  const files: WaveLinkPlan['files'] = [];
  const broken: string[] = [];
  for (const [path, text] of texts) {
    if (text === null) continue;
    const { file, issues } = parseActivityText(path, text, lookups);
    if (!file || issues.length > 0) {
      broken.push(path);
      continue;
    }
    const records = linkableRecords(file.activities, wave, registry).filter(only);
    if (records.length > 0) files.push({ path, text, digest: digestOf(text), records });
  }
  if (broken.length > 0) throw new StoreError(`Các tệp sau đang có lỗi, chưa gắn được: ${broken.join(', ')}. Sửa trước (trang quản trị hoặc npm run content:check) rồi làm lại.`);
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, records: files.reduce((sum, file) => sum + file.records.length, 0) };
}

/** The new texts of a plan's files. */
export function linkChanges(plan: WaveLinkPlan, slug: string): FileChange[] {
  return plan.files.map((file) => {
    const keys = new Set(file.records.map(keyOf));
    return { path: file.path, text: linkWaveInText(file.text, slug, (record) => keys.has(keyOf(record))).text };
  });
}

/** Links every linkable record of the wave in one write; null when there is nothing to link. */
export async function linkWave(
  store: ContentStore,
  wave: WaveRef,
  registry: UnitRegistry,
  lookups: ActivityLookups,
  author: Author,
  only?: (record: ActivityRecord) => boolean,
): Promise<{ receipt: WriteReceipt | null; records: number }> {
  const plan = await planWaveLink(store, wave, registry, lookups, only);
  if (plan.records === 0) return { receipt: null, records: 0 };
  const expected = new Map(plan.files.map((file) => [file.path, file.digest]));
  const receipt = await store.write(linkChanges(plan, wave.slug), expected, { message: `Gắn ${plan.records} hoạt động vào đợt "${wave.name}"`, author });
  return { receipt, records: plan.records };
}

/**
 * The sample's links: every illustrative record that fits an illustrative
 * wave (dates, area, formats) is linked to it, in the files on disk. Run by
 * `npm run sample:generate`; deterministic (the records and the waves decide).
 */
export async function linkSampleWaves(root: string, waves: readonly (WaveRef & { illustrative: boolean })[], registry: UnitRegistry, lookups: ActivityLookups): Promise<number> {
  const store = localStore(root);
  let linked = 0;
  for (const wave of waves.filter((w) => w.illustrative)) {
    linked += (await linkWave(store, wave, registry, lookups, { name: 'sample:generate', email: 'local' }, (record) => record.illustrative)).records;
  }
  return linked;
}
