/**
 * Geometry of a vertical bar chart of ratios (0–1) with an optional target
 * line, for server-rendered SVG. Missing values (null) get no bar but keep
 * their slot, so a quarter with no data is visibly empty, not zero.
 */
export interface BarDatum {
  label: string;
  value: number | null;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: { x: number; y: number; w: number; h: number; label: string; value: number | null; labelX: number }[];
  ticks: { y: number; value: number }[];
  targetY: number | null;
  plot: { left: number; right: number; top: number; bottom: number };
}

export function barLayout(data: readonly BarDatum[], options: { width: number; height: number; target?: number | undefined }): BarLayout {
  const plot = { left: 36, right: options.width - 8, top: 12, bottom: options.height - 28 };
  const slot = (plot.right - plot.left) / Math.max(1, data.length);
  const barWidth = Math.max(4, Math.min(48, slot * 0.7));
  const yOf = (value: number) => Math.round((plot.bottom - (plot.bottom - plot.top) * Math.max(0, Math.min(1, value))) * 10) / 10;
  const bars = data.map((datum, index) => {
    const x = Math.round((plot.left + slot * index + (slot - barWidth) / 2) * 10) / 10;
    const y = datum.value === null ? plot.bottom : yOf(datum.value);
    return { x, y, w: Math.round(barWidth * 10) / 10, h: Math.round((plot.bottom - y) * 10) / 10, label: datum.label, value: datum.value, labelX: Math.round((x + barWidth / 2) * 10) / 10 };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ y: yOf(value), value }));
  return { width: options.width, height: options.height, bars, ticks, targetY: options.target === undefined ? null : yOf(options.target), plot };
}

/**
 * The top of a count chart's scale: four equal integer steps above the largest
 * value or the target, whichever is higher (a count target line stays on the chart).
 */
export function countTop(values: readonly (number | null)[], target?: number): number {
  return Math.max(1, Math.ceil(Math.max(0, target ?? 0, ...values.map((v) => v ?? 0)) / 4)) * 4;
}
