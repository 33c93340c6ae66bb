import { createHash } from 'node:crypto';
import { quarterLabel, quarterRange, type YearQuarter } from '../calendar/quarters';
import type { ActivityRecord } from '../activities/types';
import { fileSlug } from '../activities/file-slug';
import { formatDate } from '../format/vi';
import type { UnitRegistry } from '../units/registry';
import { activeCloses, WHOLE_PROVINCE, type ClosedFile, type QuarterClose, type QuarterReports } from './types';

/**
 * Closing a quarter (chốt số liệu): a close stores, for every activity file
 * holding records dated in the quarter and its area, a digest of those
 * records. Any later change to them (a record added, edited or removed, by
 * the desk, the CMS, the command line or a hand edit) makes the digests
 * differ, and the content check refuses the content until the quarter is
 * reopened with a reason. Records of other quarters in the same file are free.
 */

/** content/hoat-dong/<year>/<list>-<code>.yaml: where a record is stored. */
export const recordPath = (record: Pick<ActivityRecord, 'date' | 'listId' | 'code'>) =>
  `content/hoat-dong/${fileSlug({ year: Number(record.date.slice(0, 4)), listId: record.listId, code: record.code })}.yaml`;

/** What identifies a record's content, in a fixed order. */
const canonical = (record: ActivityRecord) =>
  JSON.stringify([record.date, record.listId, record.code, record.format, [...record.audiences], record.participants, [...record.materials], record.description, record.reportingUnit]);

/** True when a record's unit lies in a close's area ("tinh", or a district code of the record's list). */
export function inArea(area: string, registry: UnitRegistry): (record: Pick<ActivityRecord, 'listId' | 'code'>) => boolean {
  if (area === WHOLE_PROVINCE) return () => true;
  return (record) => registry.unit(record.listId, record.code)?.districtCode === area;
}

/** The files holding records of a quarter and area, each with the digest of those records (sorted by path). */
export function quarterDigests(records: readonly ActivityRecord[], period: YearQuarter, area: (record: ActivityRecord) => boolean): { files: ClosedFile[]; records: number } {
  const { start, end } = quarterRange(period.year, period.quarter);
  const byFile = new Map<string, string[]>();
  let count = 0;
  for (const record of records) {
    if (record.date < start || record.date > end || !area(record)) continue;
    count += 1;
    const path = recordPath(record);
    byFile.set(path, [...(byFile.get(path) ?? []), canonical(record)]);
  }
  const files = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, lines]) => ({ path, digest: createHash('sha256').update(lines.sort().join('\n'), 'utf8').digest('hex') }));
  return { files, records: count };
}

/** How a file's quarter records differ from what a close stored. */
export interface ClosedFileChange {
  path: string;
  change: 'changed' | 'added' | 'removed';
}

export function changesSinceClose(close: QuarterClose, now: readonly ClosedFile[]): ClosedFileChange[] {
  const then = new Map(close.files.map((file) => [file.path, file.digest]));
  const current = new Map(now.map((file) => [file.path, file.digest]));
  const changes: ClosedFileChange[] = [];
  for (const [path, digest] of current) {
    if (!then.has(path)) changes.push({ path, change: 'added' });
    else if (then.get(path) !== digest) changes.push({ path, change: 'changed' });
  }
  for (const path of then.keys()) if (!current.has(path)) changes.push({ path, change: 'removed' });
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

export const areaLabel = (area: string, registry: UnitRegistry, listId: string) => {
  if (area === WHOLE_PROVINCE) return 'toàn tỉnh';
  const district = registry.district(listId, area);
  return district ? `${district.type} ${district.name}` : `huyện mã ${area}`;
};

/** How to reopen, said wherever a close refuses a change. */
export const REOPEN_ADVICE = 'Nếu cần sửa: mở trang Nhập liệu → "Chốt số liệu", bấm "Mở lại" và ghi lý do, sửa, rồi chốt lại.';

/** The Vietnamese refusal for a change to a closed quarter's records. */
export function closedRefusal(period: YearQuarter, close: QuarterClose, areaName: string, change?: ClosedFileChange): string {
  const closed = `${quarterLabel(period.year, period.quarter)} (${areaName}) đã chốt số liệu ngày ${formatDate(close.closedOn)}`;
  if (!change) return `${closed}: không thêm, sửa hay xóa được hoạt động trong quý này. ${REOPEN_ADVICE}`;
  const what = { changed: 'có hoạt động trong quý đã bị sửa', added: 'có hoạt động mới trong quý', removed: 'đã mất hoạt động trong quý' }[change.change];
  return `${closed}: tệp ${change.path} ${what} sau khi chốt. ${REOPEN_ADVICE}`;
}

/** The close in force over a record (its quarter, for the whole province or its district), if any. */
export function closeOver(reports: QuarterReports | undefined, districtCode: string | null): QuarterClose | undefined {
  if (!reports) return undefined;
  return activeCloses(reports).find((close) => close.area === WHOLE_PROVINCE || (districtCode !== null && close.area === districtCode));
}

/** Whether a quarter's figures are closed for an area, as pages say it. */
export interface CloseStatus {
  state: 'da-chot' | 'mot-phan' | 'dang-mo';
  /** The latest close date that applies (closed or partly). */
  closedOn: string | null;
  /** "Số liệu đã chốt ngày 20/10/2025" or "Đang mở: số liệu có thể còn thay đổi". */
  text: string;
}

/**
 * The close state for the reporters of an area: closed when the whole province
 * is closed or every district of the area is; partly when some are.
 */
export function closeStatus(reports: QuarterReports | undefined, districtCodes: readonly (string | null)[]): CloseStatus {
  const closes = reports ? activeCloses(reports) : [];
  const province = closes.find((close) => close.area === WHOLE_PROVINCE);
  if (province) return { state: 'da-chot', closedOn: province.closedOn, text: `Số liệu đã chốt ngày ${formatDate(province.closedOn)}` };
  const codes = [...new Set(districtCodes.filter((code): code is string => code !== null))];
  const closed = codes.map((code) => closes.find((close) => close.area === code)).filter((close): close is QuarterClose => close !== undefined);
  if (codes.length > 0 && closed.length === codes.length) {
    const latest = closed.map((close) => close.closedOn).sort().at(-1)!;
    return { state: 'da-chot', closedOn: latest, text: `Số liệu đã chốt ngày ${formatDate(latest)}` };
  }
  if (closed.length > 0) {
    const latest = closed.map((close) => close.closedOn).sort().at(-1)!;
    return { state: 'mot-phan', closedOn: latest, text: `Đang mở: ${closed.length}/${codes.length} huyện đã chốt số liệu (gần nhất ngày ${formatDate(latest)}); số liệu còn có thể thay đổi` };
  }
  return { state: 'dang-mo', closedOn: null, text: 'Đang mở: số liệu có thể còn thay đổi' };
}
