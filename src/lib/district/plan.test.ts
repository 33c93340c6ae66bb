import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../units/fixture';
import { checkDistrictPlan, findUnit, quartersInList, toDistrictPlan, type DistrictPlanFacts } from './plan';

const registry = fixtureRegistry();
const plan = (items: DistrictPlanFacts['items'], issuedOn = '2024-01-15'): DistrictPlanFacts => ({ number: '5/KH-UBND', issuedOn, title: 'Kế hoạch tuyên truyền năm 2024', items });
const line = (communes: string[], formats = ['loa-truyen-thanh'], quarters = ['1', '2', '3', '4']) => ({ communes, formats, quarters, note: '' });

describe('findUnit', () => {
  const units = registry.listById('a')!.units;
  it('finds a unit by code or by name without tone marks or type word', () => {
    expect(findUnit('10003', units).map((u) => u.code)).toEqual(['10003']);
    expect(findUnit('phuong chieu', units).map((u) => u.code)).toEqual(['10003']);
    expect(findUnit('  Xã  An ', units).map((u) => u.code)).toEqual(['10001']);
    expect(findUnit('Không Có', units)).toEqual([]);
  });
});

describe('quartersInList', () => {
  it('keeps the quarters of the year the list covers', () => {
    expect(quartersInList(registry.listById('a')!, 2024)).toEqual([1, 2, 3, 4]);
    expect(quartersInList(registry.listById('b')!, 2025)).toEqual([1, 2]);
  });
});

describe('checkDistrictPlan', () => {
  it('accepts a plan naming the district\'s communes by name or code', () => {
    expect(checkDistrictPlan(plan([line([]), line(['An', '10002'], ['hoi-nghi'], ['2'])]), '2024-001', registry)).toEqual([]);
  });

  it('names a file for a year or district that does not exist', () => {
    expect(checkDistrictPlan(plan([line([])]), '2026-001', registry)[0]?.problem.vi).toContain('không có cấp huyện');
    const unknown = checkDistrictPlan(plan([line([])]), '2024-009', registry)[0];
    expect(unknown?.field).toBe('file');
    expect(unknown?.problem.vi).toContain('001 = Huyện Một');
  });

  it('refuses a commune of another district and lists the right ones', () => {
    const [issue] = checkDistrictPlan(plan([line(['Phương Chiểu'])]), '2024-001', registry);
    expect(issue?.field).toBe('items.0.communes.0');
    expect(issue?.problem.vi).toContain('Xã An (10001), Phường Bình (10002)');
  });

  it('refuses empty lines, quarters after the district level ended and a plan issued after its year', () => {
    const issues = checkDistrictPlan(plan([line([], [], ['1', '3'])], '2026-01-01'), '2025-001', registry);
    expect(issues.map((i) => i.field)).toEqual(['issuedOn', 'items.0.formats', 'items.0.quarters']);
    expect(checkDistrictPlan(plan([]), '2024-001', registry).map((i) => i.field)).toEqual(['items']);
  });

  it('resolves the whole district when a line names no commune, in the year\'s list', () => {
    const resolved = toDistrictPlan(plan([line([]), line(['Bình'], ['hoi-nghi'], ['3', '1'])]), '2025-001', registry);
    expect(resolved.list.id).toBe('b');
    expect(resolved.items[0]?.units.map((u) => u.name)).toEqual(['An Mới', 'Bình']);
    expect(resolved.items[1]).toMatchObject({ wholeDistrict: false, quarters: [1, 3] });
  });
});
