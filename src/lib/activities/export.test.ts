import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { audiences, outreachFormats } from '../taxonomy';
import { fixtureRegistry } from '../units/fixture';
import { exportActivityRows, inDistrict } from './export';

const registry = fixtureRegistry();
const records = [
  activity('2025-08-01', 'c', '10005', { format: 'to-roi', audiences: ['cong-dong', 'hoc-sinh-sinh-vien'], participants: 30, description: '=lệnh' }),
  activity('2024-03-01', 'a', '10001'),
  activity('2024-03-01', 'a', '10003'),
];
const vocabularies = { formats: outreachFormats, audiences };

describe('exportActivityRows', () => {
  it('writes the import columns with vi-VN dates, labels and full unit names, sorted by date', () => {
    const { header, rows } = exportActivityRows(records, registry, vocabularies, { from: '2024-01-01', to: '2025-12-31' });
    expect(header).toEqual(['ngay', 'ma_xa', 'ten_xa', 'hinh_thuc', 'doi_tuong', 'so_nguoi', 'mo_ta', 'tai_lieu', 'dot']);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['01/03/2024', '10001', 'Xã An'],
      ['01/03/2024', '10003', 'Xã Phương Chiểu'],
      ['01/08/2025', '10005', 'Xã Nam'],
    ]);
    expect(rows[2]!.slice(3)).toEqual(['Tờ rơi', 'Cộng đồng; Học sinh, sinh viên', 30, '=lệnh', '', '']);
  });

  it('filters by dates and by district, following units formed after the district level ended', () => {
    expect(exportActivityRows(records, registry, vocabularies, { from: '2024-03-01', to: '2024-03-01', district: '001' }).rows.map((r) => r[1])).toEqual(['10001']);
    expect(exportActivityRows(records, registry, vocabularies, { from: '2024-01-01', to: '2025-12-31', district: '002' }).rows.map((r) => r[1])).toEqual(['10003', '10005']);
    expect(inDistrict(registry, registry.unit('c', '10002')!, '001')).toBe(true);
  });
});
