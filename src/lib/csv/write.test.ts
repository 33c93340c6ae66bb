import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, neutralise, toExcelCsv } from './write';

describe('toExcelCsv', () => {
  it('starts with a BOM so Excel shows Vietnamese, and quotes cells that need it', () => {
    const text = toExcelCsv(['ten_xa', 'mo_ta'], [['Phường Lam Sơn', 'Hội nghị, có "hỏi đáp"']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}ten_xa,mo_ta\r\nPhường Lam Sơn,"Hội nghị, có ""hỏi đáp"""\r\n`);
  });

  it('neutralises cells beginning with = + - @ so Excel does not run them', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', 'an toàn'].map(neutralise)).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@x", 'an toàn']);
    const [, row] = Papa.parse<string[]>(toExcelCsv(['a', 'b'], [['=HYPERLINK("http://x")', 120]]).slice(1), { skipEmptyLines: true }).data;
    expect(row).toEqual(['\'=HYPERLINK("http://x")', '120']);
  });

  it('writes semicolons when asked, for Excel set to Vietnamese regional settings', () => {
    expect(toExcelCsv(['a', 'b'], [['1,5', null]], ';')).toBe(`${BOM}a;b\r\n1,5;\r\n`);
  });
});
