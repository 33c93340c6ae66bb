import { formatDate } from '../format/vi';
import type { ActivityRecord } from '../activities/types';
import type { UnitRegistry } from '../units/registry';
import { waveList } from './check';
import type { Wave } from './types';

/** A wave as the importer and the desk name it: by slug or by name. */
export type WaveRef = Pick<Wave, 'slug' | 'name' | 'start' | 'end' | 'allUnits' | 'units' | 'expected'>;

/**
 * Why a record cannot belong to a wave (in Vietnamese, with the fix), or null
 * when it fits: its date inside the wave's dates, its unit in the wave's area
 * (the list valid on the wave's dates), its format among the expected ones.
 */
export function waveMisfit(record: Pick<ActivityRecord, 'date' | 'listId' | 'code' | 'format'>, wave: WaveRef, registry: UnitRegistry): string | null {
  if (record.date < wave.start || record.date > wave.end) {
    return `ngày ${formatDate(record.date)} nằm ngoài đợt "${wave.name}" (${formatDate(wave.start)} – ${formatDate(wave.end)}); để trống cột đợt hoặc chọn đợt khác`;
  }
  const list = waveList(wave, registry);
  if (!wave.allUnits && (list?.id !== record.listId || !wave.units.includes(record.code))) {
    return `xã, phường của hoạt động không thuộc địa bàn của đợt "${wave.name}"; để trống cột đợt hoặc chọn đợt khác`;
  }
  if (!wave.expected.some((row) => row.format === record.format)) {
    return `hình thức của hoạt động không có trong các hình thức dự kiến của đợt "${wave.name}"; để trống cột đợt hoặc chọn đợt khác`;
  }
  return null;
}

/** True when a record fits a wave (see waveMisfit). */
export const fitsWave = (record: Pick<ActivityRecord, 'date' | 'listId' | 'code' | 'format'>, wave: WaveRef, registry: UnitRegistry) =>
  waveMisfit(record, wave, registry) === null;

/** The records the desk's one action links to a wave: those that fit and belong to no wave yet. */
export function linkableRecords<R extends ActivityRecord>(records: readonly R[], wave: WaveRef, registry: UnitRegistry): R[] {
  return records.filter((record) => (record.wave ?? '') === '' && fitsWave(record, wave, registry));
}
