import { formatNumber, formatPercent } from '../format/vi';

/** Shown where a district has not entered a figure: never a zero. */
export const NOT_REPORTED = 'Chưa báo cáo';

/** "12/30 (40%)", or NOT_REPORTED when either figure is missing. */
export function formatShare(part: number | null | undefined, whole: number | null | undefined): string {
  if (part == null || whole == null) return NOT_REPORTED;
  return `${formatNumber(part)}/${formatNumber(whole)}${whole > 0 ? ` (${formatPercent(part / whole)})` : ''}`;
}

const INTEGRATION: Record<string, string> = { co: 'Đã lồng ghép', chua: 'Chưa lồng ghép' };

/** The huyen-long-ghep answer of a report (or of no report). */
export const integrationLabel = (value: string | undefined) => INTEGRATION[value ?? ''] ?? NOT_REPORTED;
