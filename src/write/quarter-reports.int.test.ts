import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityTestRoot } from '../../scripts/lib/activity-test-root';
import { defaultLookups } from '../data/activities';
import { setDataContext } from '../data/context';
import { getUnitRegistry } from '../data/units';
import { validateContent } from '../data/validate-content';
import { importActivities } from './activity-import';
import { StoreError } from './content-store';
import { localStore } from './local-store';
import { closeQuarter, recordReceipt, reopenQuarter, type QuarterContext } from './quarter-reports';

/**
 * Closing a quarter and every write path after it, on a temporary copy of the
 * project's content (no activity records but the ones put here): the desk's
 * and the command line's importer, a hand edit (the CMS form saves the same
 * file) caught by the content check, then reopening with a reason.
 */
const TODAY = '2026-02-10';
const Q4 = { year: 2025, quarter: 4 as const };
const SLUG = '2025/2025-07-11953';
const FILE = `unit:\n  list: '2025-07'\n  code: '11953'\n  name: Phường Phố Hiến\nactivities:\n  - date: 2025-11-03\n    format: loa-truyen-thanh\n    audiences:\n      - cong-dong\n    materials: []\n    description: Phát thanh tuyên truyền trên loa\n    reportingUnit: UBND phường Phố Hiến\n`;
const CSV = 'ngay,ma_xa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta\r\n05/12/2025,11953,Phố Hiến,Tờ rơi,Cộng đồng,,Phát tờ rơi tại chợ\r\n';

let test: ReturnType<typeof activityTestRoot>;
let context: QuarterContext;
const quarterFile = () => readFileSync(join(test.root, 'content/bao-cao-quy/2025-q4.yaml'), 'utf8');
const problems = async () => (await validateContent(test.root)).map((issue) => `${issue.file} ${issue.field}: ${issue.problem.vi}`);

beforeEach(() => {
  test = activityTestRoot('chot-so-lieu-');
  test.put(SLUG, FILE);
  setDataContext({ root: test.root, today: TODAY });
  const registry = getUnitRegistry(test.root);
  context = { store: localStore(test.root), author: { name: 'Cán bộ Sở', email: 'local' }, registry, today: TODAY, lookups: { ...defaultLookups(test.root, registry), today: TODAY } };
});
afterEach(() => {
  setDataContext({});
  test.remove();
});

describe('closing a quarter', () => {
  it('stores the digests, then refuses a change through the importer and a hand edit, and takes it again once reopened with a reason', async () => {
    await closeQuarter(context, Q4, 'tinh', 'Đã báo cáo UBND tỉnh');
    expect(quarterFile()).toMatch(/closes:\n {2}- area: tinh\n {4}closedOn: 2026-02-10\n {4}by: Cán bộ Sở\n {4}note: Đã báo cáo UBND tỉnh\n {4}records: 1\n {4}files:\n {6}- path: content\/hoat-dong\/2025\/2025-07-11953\.yaml/);
    expect(await problems()).toEqual([]);

    // The command line (and the desk: the same importer) refuses a new record in the closed quarter.
    const csv = join(test.root, 'them.csv');
    writeFileSync(csv, CSV);
    const refused = await importActivities({ root: test.root, file: csv, write: true, today: TODAY });
    expect(refused.exitCode).toBe(1);
    expect(refused.report).toContain('Quý 4/2025 (toàn tỉnh) đã chốt số liệu ngày 10/02/2026');
    expect(refused.report).toContain('không thêm, sửa hay xóa được hoạt động trong quý này');
    expect(readFileSync(join(test.root, 'content/hoat-dong/2025/2025-07-11953.yaml'), 'utf8')).toBe(FILE);

    // A hand edit (or a CMS save) of a record in the quarter is refused by the content check, naming quarter and file.
    test.put(SLUG, FILE.replace('Phát thanh tuyên truyền trên loa', 'Phát thanh trên loa (sửa)'));
    expect(await problems()).toEqual([
      expect.stringMatching(/^content\/bao-cao-quy\/2025-q4\.yaml closes\.0\.files: Quý 4\/2025 \(toàn tỉnh\) đã chốt số liệu ngày 10\/02\/2026: tệp content\/hoat-dong\/2025\/2025-07-11953\.yaml có hoạt động trong quý đã bị sửa sau khi chốt\. Nếu cần sửa: mở trang Nhập liệu/),
    ]);
    test.put(SLUG, FILE);

    // Reopening needs a reason; with one, the import goes through and the reopening is kept.
    await expect(reopenQuarter(context, Q4, 0, 'ngắn')).rejects.toThrow(/lý do/);
    await reopenQuarter(context, Q4, 0, 'Phường Phố Hiến gửi bổ sung một hoạt động');
    const written = await importActivities({ root: test.root, file: csv, write: true, today: TODAY });
    expect(written.exitCode).toBe(0);
    expect(quarterFile()).toContain('reason: Phường Phố Hiến gửi bổ sung một hoạt động');
    expect(await problems()).toEqual([]);
    // Closed again, over the new records.
    await closeQuarter(context, Q4, 'tinh', '');
    expect(await problems()).toEqual([]);
  });

  it('refuses a close of a quarter not ended, a receipt dated before the quarter, and a unit not in its list', async () => {
    await expect(closeQuarter(context, { year: 2026, quarter: 1 }, 'tinh', '')).rejects.toThrow(/Quý 1\/2026 chưa kết thúc/);
    const early = { ...context, today: '2025-09-30' };
    await expect(recordReceipt(early, Q4, { level: 'xa', list: '2025-07', code: '11953', name: 'Phố Hiến' }, { from: 'UBND', noActivity: true })).rejects.toThrow(/trước ngày đầu Quý 4\/2025/);
    await expect(recordReceipt(context, Q4, { level: 'xa', list: '2025-07', code: '99999', name: 'Không có' }, { from: 'UBND', noActivity: true })).rejects.toThrow(StoreError);
    await expect(recordReceipt(context, Q4, { level: 'huyen', list: '2021', code: '323', name: 'Hưng Yên' }, { from: 'UBND', noActivity: true })).rejects.toThrow(/báo cáo theo cấp xã/);
  });
});
