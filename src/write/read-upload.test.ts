import { describe, expect, it } from 'vitest';
import { readUpload } from './activity-import';

const header = 'ngay,ma_xa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readUpload: what is read at all', () => {
  it('refuses a file over the size limit or with too many rows, saying how to split it', async () => {
    expect(await readUpload('lon.csv', new Uint8Array(11), { maxBytes: 10 })).toMatch(/quá giới hạn .* MB\. Chia tệp/);
    const rows = Array.from({ length: 4 }, (_, i) => `15/03/2024,11950,,Hội nghị,Cộng đồng,${i},Hội nghị ${i}`);
    expect(await readUpload('nhieu.csv', bytes(`${header}\n${rows.join('\n')}\n`), { maxRows: 3 })).toBe(
      'Tệp nhieu.csv có 4 dòng dữ liệu, quá giới hạn 3 dòng. Chia tệp theo quý hoặc theo huyện rồi nhập từng tệp.',
    );
    expect(typeof (await readUpload('du.csv', bytes(`${header}\n${rows.slice(0, 3).join('\n')}\n`), { maxRows: 3 }))).toBe('object');
  });

  it('refuses an empty file, another type, and an .xlsx that is not a spreadsheet', async () => {
    expect(await readUpload('trong.csv', new Uint8Array(0))).toContain('trống');
    expect(await readUpload('cu.xls', bytes('x'))).toContain('lưu lại dạng .xlsx');
    expect(await readUpload('bao-cao.pdf', bytes('%PDF'))).toContain('Chỉ nhận tệp .xlsx hoặc .csv');
    expect(await readUpload('gia.xlsx', bytes('ngay,ma_xa'))).toContain('không phải tệp Excel');
  });
});
