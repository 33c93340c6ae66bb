import type { FieldIssue } from '../content/issues';
import { formatDate } from '../format/vi';
import type { UnitRegistry } from '../units/registry';
import type { UnitList } from '../units/types';
import { MAX_MESSAGES, type Wave } from './types';

/** What the rules need besides the wave: the library, the lesson kits, the unit lists. */
export interface WaveLookups {
  registry: UnitRegistry;
  /** Kind of a material (e.g. "kich-ban-loa"), or undefined when there is no such material. */
  materialKind: (slug: string) => string | undefined;
  lessonKitExists: (slug: string) => boolean;
}

const issue = (field: string, label: string, vi: string, en: string): FieldIssue => ({ field, label, problem: { vi, en } });

/** The one unit list valid on every day of the wave, if there is one. */
export function waveList(wave: Pick<Wave, 'start' | 'end'>, registry: UnitRegistry): UnitList | undefined {
  const list = registry.listOn(wave.start);
  return list && registry.listOn(wave.end)?.id === list.id ? list : undefined;
}

/**
 * Rules a wave's fields cannot express: dates in order, the area's units in
 * the list valid on the wave's dates, at most three messages, pack entries
 * that exist, loudspeaker scripts that are loudspeaker scripts, broadcast
 * days inside the wave, expected formats given once.
 */
export function checkWave(wave: Wave, lookups: WaveLookups): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const datesOk = wave.start !== '' && wave.end !== '';
  if (datesOk && wave.end < wave.start) {
    issues.push(issue('end', 'Ngày kết thúc', `ngày kết thúc (${formatDate(wave.end)}) trước ngày bắt đầu (${formatDate(wave.start)}); sửa lại cho đúng thứ tự`, 'end date before start date'));
  }
  const list = datesOk ? waveList(wave, lookups.registry) : undefined;
  if (datesOk && wave.end >= wave.start && !list) {
    issues.push(
      issue(
        'end',
        'Ngày kết thúc',
        'các ngày của đợt không cùng thuộc một danh sách đơn vị hành chính (danh sách đổi ngày 01/01/2025 và 01/07/2025); tách thành hai đợt, mỗi đợt trong một danh sách',
        'the wave spans two unit lists',
      ),
    );
  }
  if (!wave.allUnits && wave.units.length === 0) {
    issues.push(issue('units', 'Các xã, phường', 'chưa chọn xã, phường nào; thêm mã xã hoặc chọn "Toàn tỉnh"', 'no unit chosen'));
  }
  if (!wave.allUnits && list) {
    const seen = new Set<string>();
    wave.units.forEach((code, index) => {
      if (seen.has(code)) issues.push(issue(`units.${index}`, 'Mã xã', `mã ${code} bị lặp; xóa dòng này`, `unit ${code} repeated`));
      seen.add(code);
      if (!lookups.registry.unit(list.id, code)) {
        issues.push(issue(`units.${index}`, 'Mã xã', `không có xã, phường mã ${code} trong ${list.label}, danh sách có hiệu lực vào ngày của đợt; sửa mã hoặc xóa dòng này`, `no unit ${code} in list ${list.id}`));
      }
    });
  }
  if (wave.messages.length > MAX_MESSAGES) {
    issues.push(issue('messages', 'Thông điệp chính', `có ${wave.messages.length} thông điệp; giữ nhiều nhất ${MAX_MESSAGES}`, `more than ${MAX_MESSAGES} messages`));
  }
  wave.materials.forEach((slug, index) => {
    if (lookups.materialKind(slug) === undefined) issues.push(issue(`materials.${index}`, 'Tài liệu', `không có tài liệu "${slug}" trong thư viện; chọn lại hoặc xóa dòng này`, `no material ${slug}`));
  });
  wave.lessonKits.forEach((slug, index) => {
    if (!lookups.lessonKitExists(slug)) issues.push(issue(`lessonKits.${index}`, 'Bài giảng', `không có bài giảng "${slug}"; chọn lại hoặc xóa dòng này`, `no lesson kit ${slug}`));
  });
  const formats = new Set<string>();
  wave.expected.forEach((row, index) => {
    if (formats.has(row.format)) issues.push(issue(`expected.${index}.format`, 'Hình thức', 'hình thức này đã có một dòng; gộp số hoạt động vào dòng trước', `format ${row.format} repeated`));
    formats.add(row.format);
  });
  wave.broadcasts.forEach((broadcast, index) => {
    const kind = lookups.materialKind(broadcast.script);
    if (kind === undefined) {
      issues.push(issue(`broadcasts.${index}.script`, 'Bài phát thanh', `không có tài liệu "${broadcast.script}" trong thư viện; chọn một bài phát thanh`, `no material ${broadcast.script}`));
    } else if (kind !== 'kich-ban-loa') {
      issues.push(issue(`broadcasts.${index}.script`, 'Bài phát thanh', `tài liệu "${broadcast.script}" không phải bài phát thanh (loại tài liệu khác); chọn tài liệu loại "Bài phát thanh"`, `material ${broadcast.script} is not a loudspeaker script`));
    }
    if (broadcast.days.length === 0) issues.push(issue(`broadcasts.${index}.days`, 'Ngày phát', 'chưa có ngày phát nào; thêm ít nhất một ngày trong thời gian của đợt', 'no broadcast day'));
    const days = new Set<string>();
    broadcast.days.forEach((day, d) => {
      if (datesOk && (day < wave.start || day > wave.end)) {
        issues.push(issue(`broadcasts.${index}.days.${d}`, 'Ngày phát', `ngày ${formatDate(day)} nằm ngoài thời gian của đợt (${formatDate(wave.start)} – ${formatDate(wave.end)}); sửa ngày`, `day ${day} outside the wave`));
      }
      if (days.has(day)) issues.push(issue(`broadcasts.${index}.days.${d}`, 'Ngày phát', `ngày ${formatDate(day)} bị lặp; xóa dòng này`, `day ${day} repeated`));
      days.add(day);
    });
  });
  if (wave.basis.trim().length < 10) {
    issues.push(issue('basis', 'Căn cứ', 'chưa ghi căn cứ của đợt (văn bản, ngày kỷ niệm hằng năm); ghi tên văn bản, số, ngày', 'no basis given'));
  }
  return issues;
}
