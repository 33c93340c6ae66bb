import { describe, expect, it } from 'vitest';
import { findUnitsByName, unitChoices } from './choices';
import type { AdminUnit, UnitList } from './types';

const unit = (code: string, type: string, name: string, districtCode: string | null): AdminUnit => ({ listId: 't', code, type, name, districtCode, formedFromOldProvince: null });
const list: UnitList = {
  id: 't',
  label: 'Thử',
  shortLabel: 'Thử',
  validFrom: '2021-01-01',
  validTo: null,
  source: 'thử',
  districts: [
    { code: '001', name: 'Văn Giang', type: 'Huyện' },
    { code: '002', name: 'Khoái Châu', type: 'Huyện' },
  ],
  units: [unit('10001', 'Xã', 'Tân Tiến', '001'), unit('10002', 'Xã', 'Tân Tiến', '002'), unit('10003', 'Phường', 'Lam Sơn', '001'), unit('10004', 'Xã', 'Lam Sơn', '002')],
};

describe('unitChoices', () => {
  it('labels each unit uniquely: the full name, with its district when the name is shared', () => {
    expect(unitChoices(list).map((c) => [c.unit.code, c.label])).toEqual([
      ['10003', 'Phường Lam Sơn'],
      ['10001', 'Xã Tân Tiến (Huyện Văn Giang)'],
      ['10002', 'Xã Tân Tiến (Huyện Khoái Châu)'],
      ['10004', 'Xã Lam Sơn'],
    ].sort((a, b) => a[1]!.localeCompare(b[1]!, 'vi')));
  });

  it('falls back to the code when name and district are both shared', () => {
    const twins = { ...list, districts: [], units: [unit('1', 'Xã', 'Hòa', null), unit('2', 'Xã', 'Hòa', null)] };
    expect(unitChoices(twins).map((c) => c.label)).toEqual(['Xã Hòa (mã 1)', 'Xã Hòa (mã 2)']);
  });
});

describe('findUnitsByName', () => {
  it('finds a unit by its label or name, with or without tone marks and type, in NFC or NFD', () => {
    expect(findUnitsByName(list, 'xa tan tien (huyen khoai chau)').map((u) => u.code)).toEqual(['10002']);
    expect(findUnitsByName(list, 'Phường Lam Sơn'.normalize('NFD')).map((u) => u.code)).toEqual(['10003']);
    expect(findUnitsByName(list, 'phuong lam son').map((u) => u.code)).toEqual(['10003']);
  });

  it('returns every unit a shared name may mean, and none for an unknown or empty name', () => {
    expect(findUnitsByName(list, 'Lam Sơn').map((u) => u.code)).toEqual(['10003', '10004']);
    expect(findUnitsByName(list, 'Tân Tiến').map((u) => u.code)).toEqual(['10001', '10002']);
    expect(findUnitsByName(list, 'Hòa Bình')).toEqual([]);
    expect(findUnitsByName(list, '  ')).toEqual([]);
  });
});
