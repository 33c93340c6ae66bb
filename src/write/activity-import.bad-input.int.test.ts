import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importActivities } from './activity-import';

/**
 * Quality gate: rubbish fed to the activity importer gets a clear Vietnamese
 * error, nothing is written, and the records already stored stay byte for byte.
 */
const HEADER = 'ngay,ma_xa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta';
const GOOD_ROW = '15/03/2024,11950,Phường Lam Sơn,Loa truyền thanh,Cộng đồng,,Phát thanh bài về phòng chống mại dâm';
const TODAY = '2026-11-29';

let root: string;

function snapshot(): Record<string, string> {
  const base = join(root, 'content/hoat-dong');
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(base, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(base);
  return files;
}

async function feed(name: string, bytes: Uint8Array | string) {
  const file = join(root, name);
  writeFileSync(file, bytes);
  const before = snapshot();
  const outcome = await importActivities({ root, file, write: true, today: TODAY });
  expect(outcome.exitCode).toBe(1);
  expect(outcome.written).toBe(0);
  expect(snapshot()).toEqual(before);
  return outcome.report;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'import-gate-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  rmSync(join(root, 'content/hoat-dong'), { recursive: true, force: true });
  // One stored record that every bad import must leave alone.
  writeFileSync(join(root, 'seed.csv'), `${HEADER}\n${GOOD_ROW}\n`);
  const seeded = await importActivities({ root, file: join(root, 'seed.csv'), write: true, today: TODAY });
  expect(seeded.exitCode).toBe(0);
  expect(Object.keys(snapshot())).toEqual(['2024/2021-11950.yaml']);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the activity importer refuses bad input and writes nothing', () => {
  it('a Windows-1258 file', async () => {
    // "Phường" in Windows-1258: ư = 0xFD, ờ = 'o' + 0xCC (combining grave) – not valid UTF-8.
    const bytes = Uint8Array.from([...Buffer.from(`${HEADER}\n15/03/2024,11950,Ph`), 0xfd, 0x6f, 0xcc, ...Buffer.from('ng Lam S'), 0xd5, ...Buffer.from('n,Loa truyen thanh,Cong dong,,x y z\n')]);
    expect(await feed('windows-1258.csv', bytes)).toMatch(/không phải mã UTF-8/);
  });

  it('a UTF-16 file ("Unicode Text" from Excel)', async () => {
    const text = `${HEADER}\n${GOOD_ROW}\n`;
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(await feed('utf16.csv', bytes)).toMatch(/UTF-16/);
  });

  it('a missing column, naming it', async () => {
    const report = await feed('missing.csv', `ngay,ma_xa,ten_xa,hinh_thuc,so_nguoi,mo_ta\n15/03/2024,11950,,Hội nghị,10,Hội nghị tuyên truyền\n`);
    expect(report).toContain('Dòng tiêu đề (dòng 1) chưa đúng');
    expect(report).toContain('doi_tuong');
  });

  it('an extra column, naming it', async () => {
    const report = await feed('extra.csv', `${HEADER},ghi_chu_them\n${GOOD_ROW},x\n`);
    expect(report).toContain('Dòng tiêu đề (dòng 1) chưa đúng');
    expect(report).toContain('ghi_chu_them');
  });

  it('an impossible date (31/02/2024) and a code from another period, with row and column', async () => {
    const report = await feed(
      'dates-codes.csv',
      // 11965 was Phường Quang Trung until 31/12/2024; Lê Lợi absorbed it on 01/01/2025.
      `${HEADER}\n31/02/2024,11950,,Hội nghị,Cộng đồng,10,Hội nghị tuyên truyền\n15/03/2025,11965,,Hội nghị,Cộng đồng,10,Hội nghị tuyên truyền ở phường\n`,
    );
    expect(report).toMatch(/Dòng 2, cột ngay: "31\/02\/2024" không phải ngày có thật/);
    expect(report).toMatch(/Dòng 3, cột ma_xa: mã 11965 không có trong danh sách đơn vị có hiệu lực ngày 15\/03\/2025/);
    expect(report).toContain('KHÔNG ghi gì');
  });

  it('formula text stays text and a bad row next to it still stops the whole file', async () => {
    const report = await feed(
      'formula.csv',
      `${HEADER}\n15/03/2024,11950,,Hội nghị,Cộng đồng,10,"=HYPERLINK(""http://x"",""bấm"")"\n16/03/2024,11950,,Không rõ,Cộng đồng,10,Hội nghị thứ hai\n`,
    );
    expect(report).toMatch(/Dòng 3, cột hinh_thuc: không có hình thức "Không rõ"/);
  });

  it('a 200,000-row file with one bad row, reported by its line number', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2023,11950,,Loa truyền thanh,Cộng đồng,${i},Phát thanh số ${i}`);
    rows[149_999] = '15/03/2023,99999,,Loa truyền thanh,Cộng đồng,1,Mã không tồn tại';
    const report = await feed('big.csv', `${HEADER}\n${rows.join('\n')}\n`);
    expect(report).toContain('Số dòng dữ liệu: 200.000');
    expect(report).toMatch(/Dòng 150\.?001, cột ma_xa: mã 99999 không có/);
  }, 120_000);
});
