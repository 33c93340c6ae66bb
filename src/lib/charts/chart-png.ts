import type { ReactNode } from 'react';
import type { ChartProps } from '../dashboard/chart';
import { formatNumber, formatPercent } from '../format/vi';
import { FONT_STACK, type SatoriFont } from '../share/fonts';
import { el } from '../share/element';
import { renderPng } from '../share/render';
import { barLayout, countTop } from './bars';

/**
 * A bar chart (the same ChartProps the pages draw as SVG) as a PNG image for
 * Word and PowerPoint files, drawn with satori and resvg like the share
 * images. Values are ratios (0–1); the target, when given, is a dashed line.
 */
export const CHART_SIZE = { width: 1000, height: 500 };

export function chartElement(chart: ChartProps, size = CHART_SIZE): ReactNode {
  const titleHeight = 90;
  // Counts are drawn on a scale of four equal integer steps, as BarChart.astro does.
  const counts = chart.kind === 'count';
  const top = counts ? countTop(chart.data.map((d) => d.value), chart.target) : 1;
  const data = chart.data.map((d) => ({ label: d.label, value: d.value === null ? null : d.value / top }));
  const valueText = (value: number) => (counts ? formatNumber(Math.round(value * top)) : formatPercent(value));
  const layout = barLayout(data, { width: size.width, height: size.height - titleHeight - 24, ...(chart.target === undefined ? {} : { target: chart.target / top }) });
  const abs = (style: Record<string, string | number>) => ({ position: 'absolute', display: 'flex', ...style });
  const children: ReactNode[] = [
    ...layout.ticks.map((tick) =>
      el('div', abs({ left: layout.plot.left, top: tick.y, width: layout.plot.right - layout.plot.left, height: 1, backgroundColor: '#d0d7de' })),
    ),
    ...layout.ticks.map((tick) => el('div', abs({ left: 0, top: tick.y - 14, width: layout.plot.left + 40, fontSize: 20, color: '#444' }), counts ? formatNumber(Math.round(tick.value * top)) : `${Math.round(tick.value * 100)}%`)),
    ...layout.bars.map((bar) =>
      el(
        'div',
        abs({ left: bar.x + 30, top: bar.y, width: bar.w, height: Math.max(bar.h, bar.value === null ? 0 : 2), backgroundColor: '#1d6f77' }),
      ),
    ),
    ...layout.bars.map((bar) =>
      el(
        'div',
        abs({ left: bar.x + 30 - 80, top: Math.max(0, bar.y - 30), width: bar.w + 160, justifyContent: 'center', fontSize: 20, fontWeight: 700, color: '#111' }),
        bar.value === null ? (chart.missingText ?? '–') : valueText(bar.value),
      ),
    ),
    ...layout.bars.map((bar) => el('div', abs({ left: bar.x + 30 - 40, top: layout.plot.bottom + 4, width: bar.w + 80, justifyContent: 'center', fontSize: 22, color: '#111' }), bar.label)),
  ];
  if (layout.targetY !== null) {
    children.push(el('div', abs({ left: layout.plot.left + 30, top: layout.targetY - 2, width: layout.plot.right - layout.plot.left - 30, height: 0, borderTop: '4px dashed #b3261e' })));
  }
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', width: size.width, height: size.height, backgroundColor: '#ffffff', fontFamily: FONT_STACK, padding: 0 },
    el('div', { display: 'flex', height: titleHeight, padding: '12px 24px', fontSize: 30, fontWeight: 700, color: '#111', lineHeight: 1.2 }, chart.title),
    el('div', { display: 'flex', position: 'relative', width: size.width, height: size.height - titleHeight }, ...children),
  );
}

export const chartPng = (chart: ChartProps, fonts: SatoriFont[], size = CHART_SIZE) => renderPng(chartElement(chart, size), size, fonts);
