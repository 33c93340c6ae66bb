import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importActivities } from './activity-import';

const HEADER = 'ngay,ma_xa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta';
const ROWS = [
  '15/03/2024,11950,Phường Lam Sơn,Loa truyền thanh,Cộng đồng,,Phát thanh tuyên truyền trên loa',
  '02/04/2024,11950,lam son,hoi-nghi,"Cộng đồng; Học sinh, sinh viên",120,Hội nghị tại nhà văn hóa khu phố',
  '20/08/2025,11977,Tân Hưng,Tờ rơi,cong-dong,1.200,Phát tờ rơi tại chợ',
];

let root: string;
let dir: string;
const today = '2026-11-29';
const hoatDong = () => join(root, 'content/hoat-dong');
const snapshot = () => {
  if (!existsSync(hoatDong())) return {};
  const out: Record<string, string> = {};
  for (const year of readdirSync(hoatDong())) for (const name of readdirSync(join(hoatDong(), year))) out[`${year}/${name}`] = readFileSync(join(hoatDong(), year, name), 'utf8');
  return out;
};
const csv = (name: string, lines: string[], bom = true) => {
  const path = join(dir, name);
  writeFileSync(path, `${bom ? '\uFEFF' : ''}${[HEADER, ...lines].join('\r\n')}\r\n`);
  return path;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-root-'));
  dir = mkdtempSync(join(tmpdir(), 'import-files-'));
  for (const folder of ['don-vi-hanh-chinh', 'danh-muc', 'tai-lieu']) cpSync(join(process.cwd(), 'content', folder), join(root, 'content', folder), { recursive: true });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('importActivities', () => {
  it('without --write validates and reports but writes nothing', async () => {
    const outcome = await importActivities({ root, file: csv('q1.csv', ROWS), write: false, today });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report).toContain('Hoạt động mới: 3 (vào 2 tệp)');
    expect(outcome.report).toContain('Chạy thử: chưa ghi gì');
    expect(existsSync(hoatDong())).toBe(false);
  });

  it('writes one file per unit, year and list; importing the same file again changes nothing', async () => {
    const file = csv('q1.csv', ROWS);
    expect((await importActivities({ root, file, write: true, today })).written).toBe(3);
    const first = snapshot();
    expect(Object.keys(first)).toEqual(['2024/2021-11950.yaml', '2025/2025-07-11977.yaml']);
    expect(first['2024/2021-11950.yaml']).toContain('reportingUnit: Nhập từ tệp q1.csv');

    const again = await importActivities({ root, file, write: true, today });
    expect(again.written).toBe(0);
    expect(again.report).toContain('Đã có sẵn, bỏ qua: 3');
    expect(snapshot()).toEqual(first);
    expect(readdirSync(join(hoatDong(), '2024'))).toEqual(['2021-11950.yaml']);
  });

  it('never overwrites a stored record that has other figures, and reports it', async () => {
    await importActivities({ root, file: csv('q1.csv', ROWS), write: true, today });
    const before = snapshot();
    const changed = ROWS[1]!.replace(',120,', ',95,');
    const outcome = await importActivities({ root, file: csv('sua.csv', [changed, '10/05/2024,11950,,Tờ rơi,Cộng đồng,30,Phát tờ rơi ở chợ']), write: true, today, reportingUnit: 'UBND phường Lam Sơn' });
    expect(outcome.report).toContain('Đã có nhưng khác số liệu, KHÔNG ghi đè: 1');
    expect(outcome.report).toContain('số người 120');
    expect(outcome.written).toBe(1);
    const after = snapshot()['2024/2021-11950.yaml']!;
    expect(after).toContain('participants: 120');
    expect(after).not.toContain('participants: 95');
    expect(after.startsWith(before['2024/2021-11950.yaml']!.split('  - date: 2024-04-02')[0]!)).toBe(true);
    expect(after).toContain('reportingUnit: UBND phường Lam Sơn');
  });

  it('with --write and one bad row writes nothing at all and fails', async () => {
    const outcome = await importActivities({ root, file: csv('loi.csv', [...ROWS, '15/03/2025,11965,Quang Trung,Tờ rơi,Cộng đồng,10,Phát tờ rơi']), write: true, today });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report).toContain('Dòng 5, cột ma_xa: mã 11965 không có trong danh sách đơn vị có hiệu lực ngày 15/03/2025');
    expect(outcome.report).toContain('KHÔNG ghi gì vì còn dòng lỗi');
    expect(existsSync(hoatDong())).toBe(false);
  });

  it('refuses a Windows-1258 file instead of importing garbled names', async () => {
    const path = join(dir, 'cu.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(`${HEADER}\r\n15/03/2024,11950,Ph`), Buffer.from([0xfd, 0xf5, 0xec, 0x6e, 0x67]), Buffer.from(',Loa,cong-dong,,Phát\r\n', 'latin1')]));
    const outcome = await importActivities({ root, file: path, write: true, today });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report).toContain('không phải mã UTF-8');
  });

  it('reads the same rows from an .xlsx workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hoạt động');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([new Date(Date.UTC(2024, 2, 15)), 11950, 'Phường Lam Sơn', 'Loa truyền thanh', 'Cộng đồng', null, 'Phát thanh tuyên truyền trên loa']);
    const path = join(dir, 'q1.xlsx');
    await workbook.xlsx.writeFile(path);
    expect((await importActivities({ root, file: path, write: true, today })).written).toBe(1);
    expect(Object.keys(snapshot())).toEqual(['2024/2021-11950.yaml']);
  });

  it('does not write into an activity file that is currently broken', async () => {
    mkdirSync(join(hoatDong(), '2024'), { recursive: true });
    writeFileSync(join(hoatDong(), '2024/2021-11950.yaml'), 'unit: [hỏng\n');
    const outcome = await importActivities({ root, file: csv('q1.csv', ROWS.slice(0, 1)), write: true, today });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report).toContain('content/hoat-dong/2024/2021-11950.yaml');
    expect(readFileSync(join(hoatDong(), '2024/2021-11950.yaml'), 'utf8')).toBe('unit: [hỏng\n');
  });
});
