import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { fixtureRegistry } from '../units/fixture';
import { checkQuarterReports } from './check';
import { changesSinceClose, closeOver, closeStatus, inArea, quarterDigests } from './close';
import { reportersOf } from './reporters';
import { quarterReporting } from './status';
import { emptyQuarterReports, type QuarterClose, type QuarterReports } from './types';

const registry = fixtureRegistry();
const q3 = { year: 2024, quarter: 3 as const };
const q4c = { year: 2025, quarter: 4 as const };

const records = [
  activity('2024-07-02', 'a', '10001'),
  activity('2024-08-15', 'a', '10001', { format: 'hoi-nghi' }),
  activity('2024-10-01', 'a', '10003'),
  activity('2025-10-20', 'c', '10002'),
];

const reports = (period: { year: number; quarter: 1 | 2 | 3 | 4 }, extra: Partial<QuarterReports> = {}): QuarterReports => ({ ...emptyQuarterReports(period.year, period.quarter), ...extra });

const close = (files: QuarterClose['files'], extra: Partial<QuarterClose> = {}): QuarterClose => ({
  area: 'tinh',
  closedOn: '2024-10-15',
  by: 'Cán bộ A',
  note: '',
  records: 2,
  files,
  reopened: null,
  ...extra,
});

describe('reportersOf', () => {
  it('expects districts while the list has a district level, communes after', () => {
    const before = reportersOf(registry, q3)!;
    expect(before.level).toBe('huyen');
    expect(before.reporters.map((r) => [r.ref.code, r.units.length])).toEqual([['001', 2], ['002', 2]]);
    const after = reportersOf(registry, q4c)!;
    expect(after.level).toBe('xa');
    expect(after.reporters.map((r) => r.ref.code)).toEqual(['10002', '10003', '10005']);
    expect(reportersOf(registry, { year: 2010, quarter: 1 })).toBeNull();
  });
});

describe('quarterReporting', () => {
  it('tells had activity, reported no activity and not reported apart, with reporting and on-time rates', () => {
    const stored = reports(q4c, {
      receipts: [
        { unit: { level: 'xa', list: 'c', code: '10003', name: 'Phương Chiểu' }, receivedOn: '2026-01-05', from: 'UBND xã', noActivity: true },
        { unit: { level: 'xa', list: 'c', code: '10002', name: 'Trung Tâm' }, receivedOn: '2026-01-30', from: 'UBND phường', noActivity: false },
      ],
    });
    const status = quarterReporting({ period: q4c, registry, records, reports: stored, dueDays: 10 })!;
    expect(status.dueDate).toBe('2026-01-10');
    expect(status.rows.map((r) => [r.reporter.ref.code, r.state, r.onTime])).toEqual([
      ['10002', 'co-hoat-dong', false],
      ['10003', 'khong-co-hoat-dong', true],
      ['10005', 'chua-bao-cao', false],
    ]);
    expect([status.expected, status.received, status.onTime]).toEqual([3, 2, 1]);
    expect(status.reportingRate).toBeCloseTo(2 / 3);
    expect(status.onTimeRate).toBeCloseTo(1 / 3);
    expect(status.units).toEqual({ 'co-hoat-dong': 1, 'khong-co-hoat-dong': 1, 'chua-bao-cao': 1, total: 3 });
  });

  it('counts a report as received from its activities, but never knows it was on time without a receipt date', () => {
    const status = quarterReporting({ period: q3, registry, records, reports: undefined, dueDays: 10 })!;
    expect(status.rows.map((r) => [r.reporter.ref.code, r.state])).toEqual([['001', 'co-hoat-dong'], ['002', 'chua-bao-cao']]);
    expect(status.units).toEqual({ 'co-hoat-dong': 1, 'khong-co-hoat-dong': 1, 'chua-bao-cao': 2, total: 4 });
    expect(status.reportingRate).toBe(0.5);
    expect(status.onTimeRate).toBeNull();
  });
});

describe('closes', () => {
  const digests = quarterDigests(records, q3, inArea('tinh', registry));

  it('digests the records of the quarter and area by file', () => {
    expect(digests.records).toBe(2);
    expect(digests.files.map((f) => f.path)).toEqual(['content/hoat-dong/2024/a-10001.yaml']);
    expect(quarterDigests(records, q3, inArea('002', registry)).records).toBe(0);
  });

  it('sees a record changed, added or removed after the close, and nothing else', () => {
    const stored = close(digests.files);
    expect(changesSinceClose(stored, digests.files)).toEqual([]);
    // A record of another quarter in the same file is free to change.
    const otherQuarter = [...records, activity('2024-12-01', 'a', '10001')];
    expect(changesSinceClose(stored, quarterDigests(otherQuarter, q3, () => true).files)).toEqual([]);
    const edited = records.map((r, i) => (i === 1 ? { ...r, participants: 99 } : r));
    expect(changesSinceClose(stored, quarterDigests(edited, q3, () => true).files)).toEqual([{ path: 'content/hoat-dong/2024/a-10001.yaml', change: 'changed' }]);
    const added = [...records, activity('2024-09-01', 'a', '10004')];
    expect(changesSinceClose(stored, quarterDigests(added, q3, () => true).files)).toEqual([{ path: 'content/hoat-dong/2024/a-10004.yaml', change: 'added' }]);
    expect(changesSinceClose(stored, [])).toEqual([{ path: 'content/hoat-dong/2024/a-10001.yaml', change: 'removed' }]);
  });

  it('says closed, partly closed or open, and which close is over a record', () => {
    const byDistrict = reports(q3, { closes: [close([], { area: '001' })] });
    expect(closeStatus(byDistrict, ['001', '002']).state).toBe('mot-phan');
    expect(closeStatus(byDistrict, ['001']).text).toBe('Số liệu đã chốt ngày 15/10/2024');
    expect(closeStatus(undefined, ['001']).text).toBe('Đang mở: số liệu có thể còn thay đổi');
    expect(closeOver(byDistrict, '001')?.area).toBe('001');
    expect(closeOver(byDistrict, '002')).toBeUndefined();
    const reopened = reports(q3, { closes: [close([], { reopened: { on: '2024-10-20', by: 'B', reason: 'Xã gửi bổ sung hoạt động' } })] });
    expect(closeOver(reopened, '001')).toBeUndefined();
  });
});

describe('checkQuarterReports', () => {
  const context = { registry, today: '2026-02-01', records };
  const problems = (stored: QuarterReports) => checkQuarterReports(stored, context).map((i) => `${i.field}: ${i.problem.vi}`);

  it('accepts a good file', () => {
    const digestsNow = quarterDigests(records, q3, () => true).files;
    expect(problems(reports(q3, { receipts: [{ unit: { level: 'huyen', list: 'a', code: '001', name: 'Một' }, receivedOn: '2024-10-03', from: 'UBND huyện', noActivity: false }], closes: [close(digestsNow)] }))).toEqual([]);
  });

  it('refuses a close of a quarter not ended, a reopening without a reason, bad receipts, and a changed closed quarter', () => {
    const found = problems(
      reports(q4c, {
        receipts: [
          { unit: { level: 'xa', list: 'c', code: '10002', name: 'Trung Tâm' }, receivedOn: '2025-09-30', from: 'x y', noActivity: false },
          { unit: { level: 'xa', list: 'c', code: '10003', name: 'Phương Chiểu' }, receivedOn: '2026-03-01', from: 'x y', noActivity: false },
          { unit: { level: 'xa', list: 'c', code: '10004', name: 'Không có' }, receivedOn: '2026-01-02', from: 'x y', noActivity: true },
          { unit: { level: 'huyen', list: 'c', code: '001', name: 'Một' }, receivedOn: '2026-01-02', from: 'x y', noActivity: true },
        ],
        closes: [
          close([], { closedOn: '2025-12-31' }),
          close([], { closedOn: '2026-01-05', reopened: { on: '2026-01-06', by: 'Cán bộ B', reason: '' } }),
          close([], { closedOn: '2026-01-07' }),
        ],
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(/^receipts\.0\.receivedOn: ngày nhận 30\/09\/2025 trước ngày đầu Quý 4\/2025/),
      expect.stringMatching(/^receipts\.1\.receivedOn: ngày nhận 01\/03\/2026 ở tương lai/),
      expect.stringMatching(/^receipts\.2\.unit\.code: mã 10004 không có trong danh sách/),
      expect.stringMatching(/^receipts\.3\.unit\.level: Quý 4\/2025 báo cáo theo cấp xã/),
      expect.stringMatching(/^closes\.0\.closedOn: Quý 4\/2025 chưa kết thúc vào ngày 31\/12\/2025/),
      expect.stringMatching(/^closes\.0\.files: Quý 4\/2025 \(toàn tỉnh\) đã chốt số liệu ngày 31\/12\/2025: tệp content\/hoat-dong\/2025\/c-10002\.yaml có hoạt động mới trong quý sau khi chốt\. Nếu cần sửa: mở trang Nhập liệu/),
      expect.stringMatching(/^closes\.1\.reopened\.reason: mở lại số liệu đã chốt phải ghi lý do/),
      expect.stringMatching(/^closes\.2\.area: Quý 4\/2025 \(toàn tỉnh\) đang có một lần chốt khác chưa mở lại \(mục 1\)/),
      expect.stringMatching(/^closes\.2\.files: .*c-10002\.yaml có hoạt động mới/),
    ]);
  });
});

describe('editQuarterText', async () => {
  const { editQuarterText } = await import('./yaml');
  const { parse } = await import('yaml');
  it('appends receipts, reminders and closes, and reopens a close, keeping what was there', () => {
    let text = editQuarterText(null, { kind: 'receipt', receipt: { unit: { level: 'huyen', list: '2021', code: '001', name: 'Một' }, receivedOn: '2024-10-03', from: 'UBND huyện', noActivity: true } });
    text = `# ghi chú của cán bộ\n${text}`;
    text = editQuarterText(text, { kind: 'reminder', reminder: { unit: { level: 'huyen', list: '2021', code: '002', name: 'Hai' }, on: '2024-10-05', by: 'Cán bộ A' } });
    text = editQuarterText(text, { kind: 'close', close: close([{ path: 'content/hoat-dong/2024/a-10001.yaml', digest: 'a'.repeat(64) }]) });
    text = editQuarterText(text, { kind: 'reopen', index: 0, reopening: { on: '2024-10-20', by: 'Cán bộ B', reason: 'Huyện Hai gửi bổ sung' } });
    expect(text.startsWith('# ghi chú của cán bộ\n')).toBe(true);
    expect(text).toContain("code: '001'");
    expect(text).toContain('receivedOn: 2024-10-03');
    const data = parse(text);
    expect(data.receipts[0].unit.code).toBe('001');
    expect(data.reminders[0].on).toBe('2024-10-05');
    expect(data.closes[0].files[0].path).toBe('content/hoat-dong/2024/a-10001.yaml');
    expect(data.closes[0].reopened.reason).toBe('Huyện Hai gửi bổ sung');
    expect(() => editQuarterText(text, { kind: 'reopen', index: 3, reopening: { on: '2024-10-20', by: 'B B', reason: 'x'.repeat(12) } })).toThrow();
  });
});
