import { quarterLabel, quarterRange } from '../calendar/quarters';
import type { ActivityRecord } from '../activities/types';
import type { FieldIssue } from '../content/issues';
import { formatDate } from '../format/vi';
import type { UnitRegistry } from '../units/registry';
import { areaLabel, changesSinceClose, closedRefusal, inArea, quarterDigests } from './close';
import { reportersOf } from './reporters';
import { WHOLE_PROVINCE, type QuarterReports, type ReporterRef } from './types';

/** The least a reopening reason says. */
export const MIN_REASON = 10;

const issue = (field: string, label: string, vi: string, en: string): FieldIssue => ({ field, label, problem: { vi, en } });

/**
 * The rules of a quarter file beyond its fields: receipts and reminders dated
 * inside the quarter's reach and naming units expected to report that quarter,
 * closes only after the quarter ended, reopenings with a reason, at most one
 * close in force per area, and each close's stored digests equal to the
 * records as they are now (any change to a closed quarter is refused).
 */
export function checkQuarterReports(reports: QuarterReports, context: { registry: UnitRegistry; today: string; records: readonly ActivityRecord[] }): FieldIssue[] {
  const { registry, today } = context;
  const label = quarterLabel(reports.year, reports.quarter);
  const { start, end } = quarterRange(reports.year, reports.quarter);
  const expected = reportersOf(registry, reports);
  const issues: FieldIssue[] = [];
  if (!expected) return [issue('quarter', 'Quý', `không có danh sách đơn vị hành chính nào có hiệu lực vào ngày đầu ${label}`, 'no unit list covers the quarter')];
  const levelText = expected.level === 'huyen' ? 'huyện (báo cáo gửi qua huyện đến 30/06/2025)' : 'xã, phường, thị trấn';

  const checkUnit = (field: string, unit: ReporterRef) => {
    if (unit.level !== expected.level) {
      issues.push(issue(`${field}.level`, 'Cấp báo cáo', `${label} báo cáo theo cấp ${levelText}: chọn cấp đó`, `level must be ${expected.level} in this quarter`));
      return;
    }
    if (unit.list !== expected.list.id) {
      issues.push(issue(`${field}.list`, 'Danh sách đơn vị hành chính', `${label} dùng danh sách «${expected.list.shortLabel}» (có hiệu lực ngày ${formatDate(start)}): chọn danh sách đó`, `list must be ${expected.list.id}`));
      return;
    }
    if (!expected.reporters.some((r) => r.ref.code === unit.code)) {
      issues.push(issue(`${field}.code`, 'Mã đơn vị', `mã ${unit.code} không có trong danh sách «${expected.list.shortLabel}» của ${label}: xem mã trong content/don-vi-hanh-chinh/`, `code ${unit.code} is not a reporting unit of the quarter`));
    }
  };

  const seen = new Set<string>();
  reports.receipts.forEach((receipt, index) => {
    const field = `receipts.${index}`;
    checkUnit(`${field}.unit`, receipt.unit);
    if (receipt.receivedOn < start) {
      issues.push(issue(`${field}.receivedOn`, 'Ngày nhận báo cáo', `ngày nhận ${formatDate(receipt.receivedOn)} trước ngày đầu ${label} (${formatDate(start)}): ghi ngày nhận thật`, 'received before the quarter began'));
    } else if (receipt.receivedOn > today) {
      issues.push(issue(`${field}.receivedOn`, 'Ngày nhận báo cáo', `ngày nhận ${formatDate(receipt.receivedOn)} ở tương lai (hôm nay ${formatDate(today)}): ghi ngày đã nhận`, 'received in the future'));
    }
    const key = `${receipt.unit.level}:${receipt.unit.list}:${receipt.unit.code}`;
    if (seen.has(key)) issues.push(issue(`${field}.unit`, 'Đơn vị báo cáo', `${receipt.unit.name} đã có một báo cáo được ghi nhận trong ${label}: xóa dòng lặp`, 'receipt repeated'));
    seen.add(key);
  });

  reports.reminders.forEach((reminder, index) => {
    const field = `reminders.${index}`;
    checkUnit(`${field}.unit`, reminder.unit);
    if (reminder.on < start || reminder.on > today) {
      issues.push(issue(`${field}.on`, 'Ngày nhắc', `ngày nhắc ${formatDate(reminder.on)} phải từ ngày đầu ${label} (${formatDate(start)}) đến hôm nay`, 'reminder date out of range'));
    }
  });

  const inForce = new Map<string, number>();
  reports.closes.forEach((close, index) => {
    const field = `closes.${index}`;
    const areaName = areaLabel(close.area, registry, expected.list.id);
    if (close.area !== WHOLE_PROVINCE && !expected.list.districts.some((d) => d.code === close.area)) {
      issues.push(issue(`${field}.area`, 'Khu vực chốt', `mã huyện ${close.area} không có trong danh sách «${expected.list.shortLabel}» của ${label}: ghi "tinh" hoặc một mã huyện của danh sách đó`, 'unknown area'));
    }
    if (close.closedOn <= end) {
      issues.push(issue(`${field}.closedOn`, 'Ngày chốt', `${label} chưa kết thúc vào ngày ${formatDate(close.closedOn)} (quý kết thúc ${formatDate(end)}): chỉ chốt số liệu sau ngày cuối quý`, 'closed before the quarter ended'));
    } else if (close.closedOn > today) {
      issues.push(issue(`${field}.closedOn`, 'Ngày chốt', `ngày chốt ${formatDate(close.closedOn)} ở tương lai (hôm nay ${formatDate(today)})`, 'closed in the future'));
    }
    if (close.reopened) {
      const r = close.reopened;
      if (r.reason.trim().length < MIN_REASON) {
        issues.push(issue(`${field}.reopened.reason`, 'Lý do mở lại', `mở lại số liệu đã chốt phải ghi lý do (ít nhất ${MIN_REASON} ký tự), ví dụ "Xã Tân Tiến gửi bổ sung 2 hoạt động ngày 05/09"`, 'reopening needs a reason'));
      }
      if (r.on === '' || r.on < close.closedOn || r.on > today) {
        issues.push(issue(`${field}.reopened.on`, 'Ngày mở lại', `ghi ngày mở lại, từ ngày chốt (${formatDate(close.closedOn)}) đến hôm nay`, 'reopening date missing or out of range'));
      }
      if (r.by.trim().length < 2) issues.push(issue(`${field}.reopened.by`, 'Người mở lại', 'ghi tên người mở lại', 'who reopened is missing'));
      return;
    }
    if (inForce.has(close.area)) {
      issues.push(issue(`${field}.area`, 'Khu vực chốt', `${label} (${areaName}) đang có một lần chốt khác chưa mở lại (mục ${inForce.get(close.area)! + 1}): mở lại lần chốt cũ trước khi chốt lại`, 'two closes in force for one area'));
    }
    inForce.set(close.area, index);
    const now = quarterDigests(context.records, reports, inArea(close.area, registry)).files;
    for (const change of changesSinceClose(close, now)) {
      issues.push(issue(`${field}.files`, 'Số liệu đã chốt', closedRefusal(reports, close, areaName, change), `${change.path} ${change.change} after the quarter was closed`));
    }
  });
  return issues;
}
