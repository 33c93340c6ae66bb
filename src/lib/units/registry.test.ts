import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from './fixture';
import { namesUnit, unitFullName } from './names';

const registry = fixtureRegistry();

describe('unit registry: a code names a unit only together with a date or list', () => {
  it('picks the list by date, boundaries included', () => {
    expect(registry.listOn('2019-05-01')?.id).toBe('a');
    expect(registry.listOn('2024-12-31')?.id).toBe('a');
    expect(registry.listOn('2025-01-01')?.id).toBe('b');
    expect(registry.listOn('2025-06-30')?.id).toBe('b');
    expect(registry.listOn('2025-07-01')?.id).toBe('c');
    expect(registry.listOn('2019-04-30')).toBeUndefined();
  });

  it('gives three different units for the same code on three dates', () => {
    expect(registry.unitOn('2024-06-01', '10002')?.name).toBe('Bình');
    expect(registry.unitOn('2025-03-01', '10001')?.name).toBe('An Mới');
    expect(registry.unitOn('2025-08-01', '10002')?.name).toBe('Trung Tâm');
    expect(registry.unitOn('2025-08-01', '10001')).toBeUndefined();
  });

  it('follows units forward through a rename, a merger and a split', () => {
    expect(registry.successors('a', '10001', 'c').units.map((u) => u.name)).toEqual(['Trung Tâm']);
    expect(registry.successors('b', '10003', 'c').units.map((u) => u.name)).toEqual(['Phương Chiểu', 'Nam']);
    expect(registry.successors('b', '10002', 'b')).toMatchObject({ known: true, units: [{ name: 'Bình' }] });
  });

  it('says so when a source gives no receiving unit', () => {
    expect(registry.successors('a', '10004', 'b')).toEqual({ units: [], known: false });
  });

  it('follows units backward to the ones they were formed from', () => {
    expect(registry.predecessors('c', '10002', 'b').map((u) => u.name).sort()).toEqual(['An Mới', 'Bình']);
    expect(registry.predecessors('c', '10005', 'a').map((u) => u.name)).toEqual(['Phương Chiểu']);
  });

  it('lists every unit that has held a code', () => {
    expect(registry.unitsWithCode('10002').map(unitFullName)).toEqual(['Phường Bình', 'Phường Bình', 'Phường Trung Tâm']);
  });
});

describe('namesUnit', () => {
  const phuongChieu = { name: 'Phương Chiểu' };
  it('ignores tone marks, case, spaces and a type prefix', () => {
    expect(namesUnit('Xã Phương Chiểu', phuongChieu)).toBe(true);
    expect(namesUnit('  phuong   chieu ', phuongChieu)).toBe(true);
    expect(namesUnit('THỊ TRẤN Đông', { name: 'Đông' })).toBe(true);
    expect(namesUnit('Hoà Phong', { name: 'Hòa Phong' })).toBe(true);
  });

  it('never strips "Phương" from a name as if it were "Phường"', () => {
    expect(namesUnit('Chiểu', phuongChieu)).toBe(false);
  });

  it('tells different units apart', () => {
    expect(namesUnit('Hồng Nam', { name: 'Phương Nam' })).toBe(false);
  });
});
