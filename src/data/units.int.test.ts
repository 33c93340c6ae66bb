import { describe, expect, it } from 'vitest';
import { loadUnitRegistry } from './units';

describe('the unit lists in content/don-vi-hanh-chinh', () => {
  const { registry, issues } = loadUnitRegistry();

  it('load without problems: 161, 139 and 104 units, 10 districts before 07/2025', () => {
    expect(issues).toEqual([]);
    expect(registry.lists.map((list) => [list.id, list.units.length, list.districts.length])).toEqual([
      ['2021', 161, 10],
      ['2025-01', 139, 10],
      ['2025-07', 104, 0],
    ]);
  });

  it('key 11977 by date: Hồng Nam, then Phương Nam, then Tân Hưng (SOURCES.md)', () => {
    expect(['2024-12-31', '2025-01-01', '2025-07-01'].map((date) => registry.unitOn(date, '11977')?.name)).toEqual(['Hồng Nam', 'Phương Nam', 'Tân Hưng']);
  });

  it('send the split Ngọc Thanh (12322) to Hiệp Cường and Sơn Nam, and Quang Trung (11965) to Phố Hiến', () => {
    expect(registry.successors('2025-01', '12322', '2025-07').units.map((u) => u.name)).toEqual(['Hiệp Cường', 'Sơn Nam']);
    expect(registry.successors('2021', '11965', '2025-07').units.map((u) => u.name)).toEqual(['Phố Hiến']);
  });

  it('leave the 18 abolished communes without a stated receiver unknown, not guessed', () => {
    const unknown = registry.lists[0]!.units.filter((unit) => !registry.successors('2021', unit.code, '2025-01').known);
    expect(unknown).toHaveLength(18);
  });
});
