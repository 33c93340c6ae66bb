import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { fixtureRegistry } from '../units/fixture';
import { emptyQuarterReports } from '../reporting/types';
import { areaChoices, daysLeftText, fillMessage, mondayList, mondayQuarters } from './monday';

const registry = fixtureRegistry();
const settings = { dueDays: 10, messageNotReported: 'Kính gửi {don_vi}: chưa có báo cáo {quy}, hạn {han_nop} ({con_lai}). Mẫu: {mau} {khac}', messageNoActivity: '{don_vi}: đã nhận báo cáo {quy} không có hoạt động.' };

describe('the Monday list', () => {
  it('lists the units not reported and those with no activity, with the days left, last activity, reminders and filled messages', () => {
    const reports = {
      ...emptyQuarterReports(2025, 4),
      receipts: [{ unit: { level: 'xa' as const, list: 'c', code: '10003', name: 'Phương Chiểu' }, receivedOn: '2026-01-02', from: 'UBND xã', noActivity: true }],
      reminders: [{ unit: { level: 'xa' as const, list: 'c', code: '10005', name: 'Nam' }, on: '2026-01-05', by: 'Cán bộ A' }],
    };
    const records = [activity('2025-10-20', 'c', '10002'), activity('2025-08-01', 'c', '10005'), activity('2024-03-01', 'a', '10003')];
    const list = mondayList({ period: { year: 2025, quarter: 4 }, area: '', registry, records, reports, settings, today: '2026-01-07', templateUrl: 'http://127.0.0.1:4321/nhap-lieu/mau.xlsx?ky=2025-q4' })!;
    expect(list.dueDate).toBe('10/01/2026');
    expect(list.daysLeft).toBe('còn 3 ngày');
    expect(list.notReported).toEqual([
      {
        key: 'xa:c:10005',
        label: 'Xã Nam',
        state: 'Chưa báo cáo',
        lastActivity: '01/08/2025',
        reminded: '05/01/2026',
        received: null,
        message: 'Kính gửi Xã Nam: chưa có báo cáo Quý 4/2025, hạn 10/01/2026 (còn 3 ngày). Mẫu: http://127.0.0.1:4321/nhap-lieu/mau.xlsx?ky=2025-q4 {khac}',
      },
    ]);
    expect(list.noActivity.map((r) => [r.label, r.received, r.lastActivity, r.message])).toEqual([['Xã Phương Chiểu', '02/01/2026', 'chưa có hoạt động nào', 'Xã Phương Chiểu: đã nhận báo cáo Quý 4/2025 không có hoạt động.']]);
    expect(list.withActivity).toEqual([{ label: 'Phường Trung Tâm', activities: '1' }]);
    expect(list.reportingRate).toBe('66,7%');
    expect(list.allMessages.split('\n\n')).toHaveLength(2);
  });

  it('offers districts before 01/07/2025 and the old provinces after, and keeps only the area chosen', () => {
    expect(areaChoices(registry, { year: 2024, quarter: 3 }).map((c) => c.value)).toEqual(['', 'huyen:001', 'huyen:002']);
    expect(areaChoices(registry, { year: 2025, quarter: 3 }).map((c) => c.value)).toEqual(['', 'tinh-cu:Thử']);
    const list = mondayList({ period: { year: 2024, quarter: 3 }, area: 'huyen:002', registry, records: [], reports: undefined, settings, today: '2024-10-10', templateUrl: 'x' })!;
    expect(list.notReported.map((r) => r.label)).toEqual(['Huyện Hai']);
    expect(list.daysLeft).toBe('hạn là hôm nay');
  });

  it('says days left and overdue in words, fills known placeholders only, and offers the current quarter first', () => {
    expect([daysLeftText(2), daysLeftText(0), daysLeftText(-4)]).toEqual(['còn 2 ngày', 'hạn là hôm nay', 'đã quá hạn 4 ngày']);
    expect(fillMessage('{quy} {x}', { don_vi: '', quy: 'Q', han_nop: '', con_lai: '', mau: '' })).toBe('Q {x}');
    expect(mondayQuarters('2026-12-03').slice(0, 5)).toEqual([
      { year: 2026, quarter: 4 },
      { year: 2026, quarter: 3 },
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 1 },
      { year: 2025, quarter: 4 },
    ]);
  });
});
