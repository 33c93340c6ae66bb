import type { FieldIssue } from '../content/issues';
import { formatDate } from '../format/vi';
import { namesUnit, unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import type { UnitList } from '../units/types';
import { isCalendarDate } from '../calendar/dates';
import { parseFileSlug } from './file-slug';
import { recordKey } from './record-key';
import type { ActivityFile } from './types';
import { waveMisfit, type WaveRef } from '../waves/link';

/**
 * Rules an activity file must keep that Keystatic fields cannot express:
 * the file name agrees with the unit, the unit exists in its list, every date
 * falls in the file's year and in the list's validity (and not after today),
 * every activity has an audience, every material exists, no record twice.
 */
export interface ActivityLookups {
  registry: UnitRegistry;
  materialExists: (slug: string) => boolean;
  /** ISO date of today; dates after it are reported. Omit to skip that rule. */
  today?: string | undefined;
  /** The campaign waves by slug, to check an activity's wave. Omit to skip that rule. */
  wave?: ((slug: string) => WaveRef | undefined) | undefined;
}

const issue = (field: string, label: string, vi: string, en: string): FieldIssue => ({ field, label, problem: { vi, en } });

/** "01/01/2025 – 30/06/2025" or "từ 01/07/2025". */
export function validityText(list: Pick<UnitList, 'validFrom' | 'validTo'>): string {
  return list.validTo ? `${formatDate(list.validFrom)} – ${formatDate(list.validTo)}` : `từ ${formatDate(list.validFrom)}`;
}

/** Where else a code was used, to help an officer who picked the wrong list. */
export function codeHint(registry: UnitRegistry, code: string): string {
  const others = registry.unitsWithCode(code);
  if (others.length === 0) return `mã ${code} không có trong danh sách nào`;
  return others.map((unit) => `danh sách «${unit.listId}»: ${unitFullName(unit)}`).join('; ');
}

export function checkActivityFile(file: ActivityFile, lookups: ActivityLookups): FieldIssue[] {
  const { registry } = lookups;
  const issues: FieldIssue[] = [];
  const slug = parseFileSlug(file.slug);
  if (!slug) {
    return [issue('file', 'Tên tệp', `tên tệp "${file.slug}" phải có dạng năm/danh sách-mã xã, ví dụ 2024/2021-11950`, `file name "${file.slug}" must be <year>/<listId>-<code>`)];
  }
  if (slug.listId !== file.listId) {
    issues.push(issue('unit.list', 'Danh sách đơn vị hành chính', `tên tệp ghi danh sách «${slug.listId}» nhưng trong tệp chọn «${file.listId}»; sửa cho khớp`, `file name says list ${slug.listId}, file says ${file.listId}`));
  }
  if (slug.code !== file.code) {
    issues.push(issue('unit.code', 'Mã xã', `tên tệp ghi mã ${slug.code} nhưng trong tệp ghi ${file.code}; sửa cho khớp`, `file name says code ${slug.code}, file says ${file.code}`));
  }
  const list = registry.listById(file.listId);
  if (!list) {
    issues.push(issue('unit.list', 'Danh sách đơn vị hành chính', `không có danh sách «${file.listId}»`, `no unit list "${file.listId}"`));
    return issues;
  }
  const unit = registry.unit(list.id, file.code);
  if (!unit) {
    issues.push(
      issue('unit.code', 'Mã xã', `mã ${file.code} không có trong ${list.label}. Mã này ở: ${codeHint(registry, file.code)}`, `code ${file.code} is not in list ${list.id}`),
    );
  } else if (!namesUnit(file.unitName, unit)) {
    issues.push(
      issue('unit.name', 'Tên xã, phường, thị trấn', `tên "${file.unitName}" không khớp mã ${file.code}: trong ${list.label} mã này là ${unitFullName(unit)}`, `name "${file.unitName}" does not match code ${file.code} (${unit.name})`),
    );
  }
  const yearStart = `${slug.year}-01-01`;
  const yearEnd = `${slug.year}-12-31`;
  if (yearEnd < list.validFrom || (list.validTo !== null && yearStart > list.validTo)) {
    issues.push(issue('file', 'Tên tệp', `năm ${slug.year} nằm ngoài thời gian hiệu lực của danh sách «${list.id}» (${validityText(list)})`, `year ${slug.year} is outside list ${list.id}`));
  }

  const seen = new Map<string, number>();
  file.activities.forEach((activity, index) => {
    const at = (field: string) => `activities.${index}.${field}`;
    const { date } = activity;
    if (!isCalendarDate(date)) {
      issues.push(issue(at('date'), 'Ngày', `ngày "${date}" không có thật`, `"${date}" is not a calendar date`));
    } else {
      if (!date.startsWith(`${slug.year}-`)) {
        issues.push(issue(at('date'), 'Ngày', `ngày ${formatDate(date)} không thuộc năm ${slug.year} của tệp; chuyển hoạt động sang tệp của năm ${date.slice(0, 4)}`, `date ${date} is not in ${slug.year}`));
      }
      if (date < list.validFrom || (list.validTo !== null && date > list.validTo)) {
        const right = registry.listOn(date);
        const move = right ? ` Ngày này dùng danh sách «${right.id}» (${right.shortLabel}).` : '';
        issues.push(issue(at('date'), 'Ngày', `ngày ${formatDate(date)} ngoài thời gian hiệu lực của danh sách «${list.id}» (${validityText(list)}).${move}`, `date ${date} is outside list ${list.id}`));
      }
      if (lookups.today !== undefined && date > lookups.today) {
        issues.push(issue(at('date'), 'Ngày', `ngày ${formatDate(date)} ở tương lai (hôm nay là ${formatDate(lookups.today)})`, `date ${date} is in the future`));
      }
    }
    if (activity.audiences.length === 0) {
      issues.push(issue(at('audiences'), 'Đối tượng', 'chưa chọn đối tượng nào; chọn ít nhất một nhóm', 'no audience chosen'));
    }
    activity.materials.forEach((material, m) => {
      if (!material || !lookups.materialExists(material)) {
        issues.push(
          issue(`${at('materials')}.${m}`, 'Tài liệu', `không có tài liệu "${material}" trong thư viện; chọn lại hoặc xóa dòng này`, `no material "${material}"`),
        );
      }
    });
    if (activity.wave && lookups.wave) {
      const wave = lookups.wave(activity.wave);
      const misfit = wave ? waveMisfit(activity, wave, registry) : `không có đợt cao điểm "${activity.wave}"; chọn lại hoặc để trống`;
      if (misfit) issues.push(issue(at('wave'), 'Đợt cao điểm', misfit.replace('để trống cột đợt', 'bỏ chọn đợt'), `activity does not fit wave "${activity.wave}"`));
    }
    const key = recordKey(activity);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(issue(at('description'), 'Mô tả ngắn', `trùng hoạt động số ${first + 1} (cùng ngày, hình thức và mô tả); xóa một trong hai`, `same record as activities.${first}`));
    } else {
      seen.set(key, index);
    }
  });
  return issues;
}
