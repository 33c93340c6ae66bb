import { quarterEnded, quarterId, quarterLabel, quarterRange, type YearQuarter } from '../calendar/quarters';
import { formatDate, formatNumber } from '../format/vi';
import { areaLabel } from '../reporting/close';
import { WHOLE_PROVINCE, type QuarterReports } from '../reporting/types';
import type { UnitRegistry } from '../units/registry';

/**
 * The desk's "Chốt số liệu" page: for recent ended quarters, each close and
 * reopening (who, when, note, reason) and the areas that can be closed. Pure.
 */
export function closeView(input: { quarters: readonly YearQuarter[]; reports: readonly QuarterReports[]; registry: UnitRegistry; today: string }) {
  const ended = input.quarters.filter((q) => quarterEnded(q, input.today));
  return ended.map((period) => {
    const id = quarterId(period);
    const stored = input.reports.find((r) => r.slug === id);
    const list = input.registry.listOn(quarterRange(period.year, period.quarter).start);
    const name = (area: string) => (list ? areaLabel(area, input.registry, list.id) : area);
    const closes = (stored?.closes ?? []).map((close, index) => ({
      index,
      area: name(close.area),
      text: `Chốt ngày ${formatDate(close.closedOn)} bởi ${close.by}: ${formatNumber(close.records)} hoạt động${close.note ? `. Ghi chú: ${close.note}` : ''}`,
      reopened: close.reopened ? `Mở lại ngày ${close.reopened.on ? formatDate(close.reopened.on) : '?'} bởi ${close.reopened.by}. Lý do: ${close.reopened.reason}` : null,
    }));
    const inForce = new Set((stored?.closes ?? []).filter((c) => c.reopened === null).map((c) => c.area));
    const areas = [{ value: WHOLE_PROVINCE, label: 'Toàn tỉnh' }, ...(list?.districts ?? []).map((d) => ({ value: d.code, label: `${d.type} ${d.name}` }))].filter((a) => !inForce.has(a.value));
    return { id, label: quarterLabel(period.year, period.quarter), state: inForce.size > 0 ? 'Đã chốt' : 'Đang mở', closes, areas };
  });
}
