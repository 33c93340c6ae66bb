/** What a bar chart (src/components/BarChart.astro) is given. A bar with a `mark` gets that text over the baseline, so a zero is visible. */
export interface ChartDatum {
  label: string;
  value: number | null;
  mark?: string | null;
}

export interface ChartProps {
  id: string;
  title: string;
  summary: string;
  data: ChartDatum[];
  kind?: 'ratio' | 'count';
  /** The target drawn as a dashed line: a ratio on ratio charts, a count on count charts. */
  target?: number;
  /** False when the page shows the same numbers in its own table (say so in the summary). */
  table?: boolean;
  /** Column headings of the table. */
  columns?: [string, string];
  /** Extra text per row of the table, e.g. "52 / 161 xã". */
  details?: string[];
  /** Axis text under each bar (null: none); defaults to the labels. Thin out when bars are many. */
  axisLabels?: (string | null)[];
  /** Table text for a period without a value. */
  missingText?: string;
}
