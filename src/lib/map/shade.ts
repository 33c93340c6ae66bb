/**
 * Shading for coverage maps: five bands of the share of units with outreach,
 * plus a distinct hatched "no data" band, each with a legend label. Colours
 * are a single-hue ramp readable in greyscale print; text never relies on them.
 * The bands are a fixed colour scale, not a plan's target: whether a figure
 * meets a target is said in words next to the map, from the plan's content.
 */
export interface Band {
  id: string;
  label: string;
  fill: string;
  /** Lower bound (inclusive), as a ratio; null for "no data". */
  from: number | null;
}

export const BANDS: Band[] = [
  { id: 'khong-du-lieu', label: 'Chưa có dữ liệu', fill: 'url(#khong-du-lieu)', from: null },
  { id: 'duoi-50', label: 'Dưới 50%', fill: '#f1eee6', from: 0 },
  { id: '50-70', label: '50% – dưới 70%', fill: '#c9e3e0', from: 0.5 },
  { id: '70-90', label: '70% – dưới 90%', fill: '#7fbcb6', from: 0.7 },
  { id: 'tu-90', label: 'Từ 90%', fill: '#1d6f77', from: 0.9 },
];

/** The band of a coverage ratio; null or NaN means no data. */
export function bandFor(ratio: number | null): Band {
  if (ratio === null || Number.isNaN(ratio)) return BANDS[0]!;
  return [...BANDS].reverse().find((band) => band.from !== null && ratio >= band.from) ?? BANDS[1]!;
}
