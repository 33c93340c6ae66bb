/** Number and date formatting for readers, always vi-VN (1.234,5 · 02/11/2021). */
import { parseIsoDate } from '../calendar/dates';

export { parseIsoDate };

const numberFormat = new Intl.NumberFormat('vi-VN');
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1234.5 → "1.234,5". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 0.905 → "90,5%". */
export function formatPercent(ratio: number): string {
  return `${percentFormat.format(ratio * 100)}%`;
}

/** "2021-11-02" → "02/11/2021". */
export function formatDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "2021-11-02" → "ngày 02 tháng 11 năm 2021", the way documents write it. */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `ngày ${String(day).padStart(2, '0')} tháng ${String(month).padStart(2, '0')} năm ${year}`;
}

/** 1536 → "1,5 KB"; sizes of downloads as readers see them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/** "/tai-lieu/x/to-roi.pdf" → "PDF". */
export function fileTypeLabel(path: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toUpperCase() ?? '';
  return extension === 'JPEG' ? 'JPG' : extension;
}
