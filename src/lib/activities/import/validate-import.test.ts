import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { activity } from '../../coverage/test-records';
import { audiences, outreachFormats } from '../../taxonomy';
import { fixtureRegistry } from '../../units/fixture';
import { recordKey } from '../record-key';
import { formatImportReport } from './report';
import { csvTable, detectDelimiter, xlsxTable } from './table';
import { canWrite, validateImport } from './validate-import';
import type { StoredRef } from './plan';

const context = { registry: fixtureRegistry(), formats: outreachFormats, audiences, today: '2025-09-30', reportingUnit: 'Nhập từ tệp thu.csv' };
const HEADER = 'ngay,ma_xa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta';
const run = (body: string, stored = new Map<string, StoredRef>()) => validateImport(csvTable(`${HEADER}\n${body}`), context, stored);
const problems = (body: string) => run(body).problems.map((p) => `${p.row}:${p.column}: ${p.problem.vi}`);

describe('reading CSV as Excel saves it', () => {
  it('detects comma and semicolon separators', () => {
    expect(detectDelimiter('ngay;ma_xa;ten_xa;hinh_thuc;doi_tuong;so_nguoi;mo_ta\r\n')).toBe(';');
    expect(detectDelimiter(`${HEADER}\n`)).toBe(',');
  });

  it('reads a semicolon file with CRLF, quoted cells and blank rows at the end', () => {
    const table = csvTable('ngay;ma_xa;ten_xa;hinh_thuc;doi_tuong;so_nguoi;mo_ta\r\n15/03/2024;10001;An;Hội nghị;"Cộng đồng; Học sinh, sinh viên";1.200;"Hội nghị; có hỏi đáp"\r\n;;;;;;\r\n\r\n');
    const result = validateImport(table, context, new Map());
    expect(result.problems).toEqual([]);
    const [record] = [...result.plan.additions.values()][0]!.records;
    expect(record).toMatchObject({ date: '2024-03-15', format: 'hoi-nghi', audiences: ['cong-dong', 'hoc-sinh-sinh-vien'], participants: 1200, description: 'Hội nghị; có hỏi đáp' });
  });
});

describe('validateImport: every bad row with its row number, column and reason', () => {
  it('accepts ids or labels (tone marks and case ignored), dd/mm/yyyy or ISO dates, and names with or without a prefix', () => {
    const result = run('2024-03-15,10001,xa an,HOI NGHI,cong dong;hoc-sinh-sinh-vien,,Hội nghị tuyên truyền\n5/4/2025,10001,An Mới,to-roi,Cộng đồng,40,Phát tờ rơi ở chợ');
    expect(result.problems).toEqual([]);
    expect([...result.plan.additions.keys()]).toEqual(['2024/a-10001', '2025/b-10001']);
  });

  it('finds the unit by its name on the row\'s date when the code is left empty (tone marks, NFD and type optional)', () => {
    const result = run(`15/03/2024,,${'Phường Bình'.normalize('NFD')},Hội nghị,Cộng đồng,,Hội nghị tuyên truyền\n15/03/2025,,an moi,Tờ rơi,Cộng đồng,,Phát tờ rơi ở chợ`);
    expect(result.problems).toEqual([]);
    expect([...result.plan.additions.keys()]).toEqual(['2024/a-10002', '2025/b-10001']);
    expect(problems('15/03/2024,,Hòa Bình,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền\n15/03/2024,,,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền')).toEqual([
      '2:ten_xa: không có đơn vị tên "Hòa Bình" trong danh sách có hiệu lực ngày 15/03/2024 (Danh sách A (4 đơn vị)): chọn tên trong danh sách thả xuống của mẫu Excel hoặc ghi mã xã',
      '3:ma_xa: chưa có tên xã (chọn trong danh sách thả xuống) hoặc mã xã',
    ]);
  });

  it('reads the optional materials column by title or slug, and names an unknown material', () => {
    const materials = [{ slug: 'bao-ve-tre-em', title: 'Bảo vệ trẻ em trên mạng' }, { slug: 'to-gap-lao-dong', title: 'Tờ gấp cho người lao động' }];
    const header = `${HEADER},tai_lieu`;
    const result = validateImport(csvTable(`${header}\n15/03/2024,10001,,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền,bao ve tre em tren mang; to-gap-lao-dong\n15/03/2024,10002,,Hội nghị,Cộng đồng,,Hội nghị ở thôn,Tài liệu không có`), { ...context, materials }, new Map());
    expect(result.problems.map((p) => `${p.row}:${p.column}: ${p.problem.vi}`)).toEqual([
      '3:tai_lieu: không có tài liệu "Tài liệu không có" trong thư viện; ghi đúng tên tài liệu như trên trang Tài liệu, hoặc để trống',
    ]);
    expect([...result.plan.additions.values()][0]!.records[0]!.materials).toEqual(['bao-ve-tre-em', 'to-gap-lao-dong']);
  });

  it('keys the unit by (date, code): the same code is another unit on another date', () => {
    expect(problems('15/08/2025,10002,Bình,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền')).toEqual([
      '2:ten_xa: "Bình" không khớp mã 10002: ngày 15/08/2025 mã này là Phường Trung Tâm',
    ]);
    expect(problems('15/08/2025,10001,,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền')[0]).toContain(
      'mã 10001 không có trong danh sách đơn vị có hiệu lực ngày 15/08/2025 (Danh sách C (3 đơn vị)). Mã này ở: danh sách «a»: Xã An; danh sách «b»: Xã An Mới',
    );
  });

  it('refuses impossible, future and pre-list dates', () => {
    expect(problems('31/02/2024,10001,,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền\n01/10/2025,10002,,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền\n01/01/2019,10001,,Hội nghị,Cộng đồng,,Hội nghị tuyên truyền')).toEqual([
      '2:ngay: "31/02/2024" không phải ngày có thật (dùng dd/mm/yyyy, ví dụ 15/03/2024)',
      '3:ngay: ngày 01/10/2025 ở tương lai (hôm nay là 30/09/2025)',
      '4:ma_xa: không có danh sách đơn vị hành chính nào có hiệu lực ngày 01/01/2019',
    ]);
  });

  it('refuses unknown formats and audiences, negative and non-numeric counts, short descriptions', () => {
    const found = problems('15/03/2024,10001,,Chiếu phim,Người lạ;Cộng đồng,-5,ok\n15/03/2024,10001,,Tờ rơi,,12 người,Phát tờ rơi ở chợ\n15/03/2024,10001,,Tờ rơi,Cộng đồng,2.5,Phát tờ rơi ở chợ');
    expect(found.map((line) => line.split(':').slice(0, 2).join(':'))).toEqual(['2:hinh_thuc', '2:doi_tuong', '2:so_nguoi', '2:mo_ta', '3:doi_tuong', '3:so_nguoi', '4:so_nguoi']);
    expect(found[2]).toBe('2:so_nguoi: số người không được âm ("-5")');
  });

  it('treats cells beginning with = + - @ as text and never evaluates them', () => {
    const result = run(`15/03/2024,10001,,Hội nghị,Cộng đồng,,"=HYPERLINK(""http://x"",""bấm"")"\n16/03/2024,10001,,Hội nghị,Cộng đồng,,'@Hội nghị có dấu a còng`);
    expect(result.problems).toEqual([]);
    expect([...result.plan.additions.values()][0]!.records.map((r) => r.description)).toEqual(['=HYPERLINK("http://x","bấm")', '@Hội nghị có dấu a còng']);
  });

  it('reports a row with more cells than the header (an unquoted separator)', () => {
    expect(problems('15/03/2024,10001,,Hội nghị,Cộng đồng,,Hội nghị, có hỏi đáp')[0]).toContain('2:*: dòng có 8 ô, nhiều hơn 7 cột');
  });

  it('reports a bad header and reads no row', () => {
    const result = validateImport(csvTable('ngay,ma xaa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta\n15/03/2024,10001,,,,,'), context, new Map());
    expect(result.headerProblems[0]?.vi).toBe('cột thứ 2 tên "ma xaa" sai chính tả: đổi thành "Mã xã" (hoặc "ma_xa")');
    expect(canWrite(result)).toBe(false);
  });
});

describe('duplicates and conflicts', () => {
  const storedRecord = activity('2024-03-15', 'a', '10001', { format: 'hoi-nghi', description: 'Hội nghị tuyên truyền', participants: 50 });
  const stored = new Map([[recordKey(storedRecord), { slug: '2024/a-10001', index: 0, record: storedRecord }]]);

  it('skips a record already stored (same date, unit, format, description; spaces and case aside)', () => {
    const result = run('15/03/2024,10001,,Hội nghị,Cộng đồng,50,  hội nghị   tuyên truyền ', stored);
    expect(result.plan.alreadyStored).toHaveLength(1);
    expect(result.plan.additions.size).toBe(0);
  });

  it('never overwrites a stored record with other figures: reports it instead', () => {
    const result = run('15/03/2024,10001,,Hội nghị,Cộng đồng,80,Hội nghị tuyên truyền', stored);
    expect(result.plan.conflicts).toHaveLength(1);
    expect(result.plan.additions.size).toBe(0);
    expect(canWrite(result)).toBe(true);
    expect(formatImportReport('thu.csv', result, { write: false })).toContain(
      'Dòng 2 (15/03/2024): đã có trong content/hoat-dong/2024/a-10001.yaml, hoạt động số 1: số người 50, đối tượng Cộng đồng; tệp nhập ghi: số người 80, đối tượng Cộng đồng',
    );
  });

  it('skips a row repeated in the same file but refuses two rows that disagree', () => {
    const row = '15/03/2024,10001,,Hội nghị,Cộng đồng,80,Hội nghị mới';
    expect(run(`${row}\n${row}`).plan.repeatedRows).toEqual([{ row: 3, firstRow: 2 }]);
    expect(problems(`${row}\n15/03/2024,10001,,Hội nghị,Cộng đồng,90,Hội nghị mới`)[0]).toContain('3:*: cùng ngày, xã, hình thức và mô tả với dòng 2');
  });
});

describe('xlsxTable', () => {
  it('reads the first sheet: real dates, numbers, formulas as text, blank rows skipped', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Quý 1');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([new Date(Date.UTC(2024, 2, 15)), 10001, 'Xã An', 'Hội nghị', 'Cộng đồng', 120, 'Hội nghị tuyên truyền']);
    sheet.addRow([]);
    sheet.addRow(['16/03/2024', '10001', '', 'Tờ rơi', 'Cộng đồng', { formula: 'SUM(F2:F2)', result: 120 }, 'Phát tờ rơi']);
    const table = await xlsxTable(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(table.description).toBe('Excel (.xlsx), trang "Quý 1"');
    expect(table.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(table.rows[0]!.cells.slice(0, 2)).toEqual(['2024-03-15', '10001']);
    const result = validateImport(table, context, new Map());
    expect(result.problems.map((p) => `${p.row}:${p.column}:${p.value}`)).toEqual(['4:so_nguoi:=SUM(F2:F2)']);
  });
});
