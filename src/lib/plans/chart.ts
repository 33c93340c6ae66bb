import type { ChartProps } from '../dashboard/chart';
import type { TargetResult } from './evaluate';
import { targetFigure, targetRatio } from './targets';

/**
 * A target's figures by year as a bar chart: shares against the plan's
 * target line, counts against the target count's line. None when
 * no year has a figure. Pure.
 */
export function targetChart(result: TargetResult, idPrefix: string): ChartProps[] {
  const { target, years } = result;
  if (years.every((y) => y.value === null)) return [];
  const ratio = targetRatio(target);
  const shares = target.unit === 'phan-tram';
  return [
    {
      id: `${idPrefix}-${target.id}`,
      title: `${target.section}. ${target.label}`,
      summary: target.value === null ? 'Kế hoạch không nêu con số cho chỉ tiêu này.' : `Đường gạch là mức ${targetFigure(target)}.`,
      data: years.map((y) => ({ label: String(y.year), value: y.value })),
      details: years.map((y) => y.text),
      // Shares against the target ratio, counts against the target count: both drawn as the dashed line.
      ...(shares ? (ratio === undefined ? {} : { target: ratio }) : target.value === null ? {} : { target: target.value }),
      columns: ['Năm', shares ? 'Tỷ lệ' : 'Số lượng'],
      missingText: 'Chưa có số liệu',
      kind: shares ? 'ratio' : 'count',
    },
  ];
}
