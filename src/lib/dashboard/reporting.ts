import { formatDate, formatNumber, formatPercent } from '../format/vi';
import { quarterLabel } from '../calendar/quarters';
import { routes } from '../routes';
import type { QuarterReporting, ReportState } from '../reporting/status';
import { STATE_LABELS, summarise } from '../reporting/status';
import type { Campaign } from './campaign';

/**
 * How the public dashboards show a quarter's reporting beside its coverage:
 * reports received ÷ expected, on time ÷ expected, the commune-level units in
 * each of the three states, and whether the figures are closed. "Chưa báo
 * cáo" is a state of its own, never a 0.
 */
export interface ReportingCells {
  /** "8/10 (80%)". */
  received: string;
  /** "60%", or why it is not known. */
  onTime: string;
  /** Units in each state: "12 có hoạt động · 3 đã báo cáo, không có hoạt động · 5 chưa báo cáo". */
  states: string;
  /** "Số liệu đã chốt ngày 20/10/2025" or "Đang mở: số liệu có thể còn thay đổi". */
  close: string;
  closed: boolean;
  /** "huyện" or "xã": who reports for this quarter. */
  reporters: string;
}

export const stateCounts = (units: Record<ReportState, number>) =>
  (Object.keys(STATE_LABELS) as ReportState[]).map((state) => `${formatNumber(units[state])} ${STATE_LABELS[state].toLowerCase()}`).join(' · ');

export function reportingCells(reporting: QuarterReporting): ReportingCells {
  return {
    received: `${formatNumber(reporting.received)}/${formatNumber(reporting.expected)}${reporting.reportingRate === null ? '' : ` (${formatPercent(reporting.reportingRate)})`}`,
    onTime: reporting.onTimeRate === null ? 'chưa ghi ngày nhận' : `${formatPercent(reporting.onTimeRate)} (${formatNumber(reporting.onTime)}/${formatNumber(reporting.expected)}, hạn ${formatDate(reporting.dueDate)})`,
    states: stateCounts(reporting.units),
    close: reporting.close.text,
    closed: reporting.close.state === 'da-chot',
    reporters: reporting.level === 'huyen' ? 'huyện' : 'xã, phường',
  };
}

/** The campaign's quarters with reporting, newest first, for the reporting table. */
export function reportingRows(campaign: Campaign) {
  return [...campaign.quarters]
    .reverse()
    .flatMap((q) => (q.reporting ? [{ label: quarterLabel(q.year, q.quarter), href: routes.quarter(q), running: !q.ended, ...reportingCells(q.reporting) }] : []));
}

/** What the reporting table says under it: how a report counts and the due days. */
export const reportingNote = (dueDays: number) =>
  `Báo cáo coi là đã nhận khi đã ghi nhận báo cáo (trang Nhập liệu) hoặc đã có hoạt động được nhập cho đơn vị trong quý. Đúng hạn: nhận đến hết ${formatNumber(dueDays)} ngày sau ngày cuối quý, tính trên số báo cáo phải nhận; chỉ tính được khi có ghi ngày nhận. Đến 30/06/2025 báo cáo gửi qua huyện; từ 01/07/2025 mỗi xã, phường gửi báo cáo.`;

/** A unit's state in each quarter its list covers (its page is per list): had activity, reported none, not reported; and the close. */
export function unitQuarterStates(campaign: Campaign, unit: { listId: string; code: string }) {
  return campaign.quarters.flatMap((q) => {
    const row = q.reporting?.listId === unit.listId ? q.reporting.rows.find((r) => r.reporter.units.some((u) => u.code === unit.code)) : undefined;
    if (!q.reporting || !row) return [];
    const own = (campaign.counts.unitsIn(q.year, q.quarter, unit.listId).get(unit.code) ?? 0) > 0;
    const state: ReportState = own ? 'co-hoat-dong' : row.received ? 'khong-co-hoat-dong' : 'chua-bao-cao';
    return [{ label: quarterLabel(q.year, q.quarter), running: !q.ended, state: STATE_LABELS[state], close: q.reporting.close.text }];
  });
}

/** A district's own reporting per quarter while reports came through the districts (to 30/06/2025), newest first. */
export function districtReportingRows(campaign: Campaign, districtCode: string) {
  return [...campaign.quarters].reverse().flatMap((q) => {
    if (q.reporting?.level !== 'huyen') return [];
    // The district's rows of the quarter's reporting, summed again: no second pass over the records.
    const rows = q.reporting.rows.filter((row) => row.reporter.districtCode === districtCode);
    if (rows.length === 0) return [];
    return [{ label: quarterLabel(q.year, q.quarter), href: routes.quarter(q), running: !q.ended, ...reportingCells(summarise(q.reporting, rows, q.reports)) }];
  });
}
