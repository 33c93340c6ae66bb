import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLong, formatNumber, formatPercent } from './vi';

describe('vi-VN formats', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(46017)).toBe('46.017');
  });

  it('formats ratios as percentages with a comma', () => {
    expect(formatPercent(0.905)).toBe('90,5%');
    expect(formatPercent(0.9)).toBe('90%');
  });

  it('writes dates day first with leading zeros', () => {
    expect(formatDate('2021-11-02')).toBe('02/11/2021');
    expect(formatDateLong('2021-11-02')).toBe('ngày 02 tháng 11 năm 2021');
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(() => formatDate('2024-02-31')).toThrow('not a calendar date');
    expect(() => formatDate('02/11/2021')).toThrow('YYYY-MM-DD');
  });
});

describe('download labels', () => {
  it('formats sizes with a decimal comma', async () => {
    const { formatBytes } = await import('./vi');
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(2.25 * 1024 * 1024)).toBe('2,3 MB');
  });

  it('names the file type from the extension', async () => {
    const { fileTypeLabel } = await import('./vi');
    expect(fileTypeLabel('/tai-lieu/a/to-roi.pdf')).toBe('PDF');
    expect(fileTypeLabel('/x/anh.jpeg')).toBe('JPG');
    expect(fileTypeLabel('/x/bai.docx')).toBe('DOCX');
  });
});
