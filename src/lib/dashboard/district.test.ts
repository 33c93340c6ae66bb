import { describe, expect, it } from 'vitest';
import { districtCodes, districtView } from './district';
import { testCampaign } from './test-campaign';

const materials = [{ slug: 'to-roi-a', entry: { title: 'Tờ rơi A' } }];

describe('districtView', () => {
  const campaign = testCampaign();

  it('builds a page for every district any list has had', () => {
    expect(districtCodes(campaign)).toEqual(['001', '002']);
  });

  it('charts the district’s communes by quarter while the district level existed', () => {
    const view = districtView(campaign, '001', materials);
    expect(view.title).toBe('Huyện Một');
    expect(view.hasQuarters).toBe(true);
    expect(view.quarterChart?.data.map((d) => [d.label, d.value])).toEqual([
      ['Quý 3/2024', 1],
      ['Quý 4/2024', 0.5],
      ['Quý 1/2025', 0.5],
      ['Quý 2/2025', 0],
    ]);
    expect(view.quarterChart?.summary).toBe('Đường gạch là mức 90%. 1/4 quý đạt mức này.');
  });

  it('gives each year’s communes with their activities per quarter, newest year first', () => {
    const view = districtView(campaign, '001', materials);
    expect(view.years.map((y) => [y.year, y.regularUnits, y.units, y.rule])).toEqual([
      [2025, '1', '2', 2],
      [2024, '1', '2', 2],
    ]);
    expect(view.years[1]?.rows[0]).toEqual({
      href: '/chien-dich/xa/a-10001/',
      name: 'Xã An',
      cells: [
        { zero: true, text: '0' },
        { zero: true, text: '0' },
        { zero: false, text: '1' },
        { zero: false, text: '1' },
      ],
      regular: 'Có',
    });
  });

  it('adds up the district’s own activities, with material titles from the library', () => {
    const { activities } = districtView(campaign, '001', materials);
    expect(activities?.summary.total).toBe(4);
    expect(activities?.materials).toEqual([{ slug: 'to-roi-a', activities: 1, lastDate: '2024-08-15', title: 'Tờ rơi A' }]);
    expect(districtView(campaign, '002', []).activities?.summary.total).toBe(1);
  });

  it('compares each year’s plan with what was recorded, newest first, and lists the reports', () => {
    const view = districtView(campaign, '001', materials);
    expect(view.plans.map((p) => [p.year, p.plan?.number ?? null])).toEqual([
      [2025, null],
      [2024, '12/KH-UBND'],
    ]);
    const plan2024 = view.plans[1]!;
    expect(plan2024.missedCount).toBe(3);
    expect(plan2024.missedByQuarter.map((g) => [g.quarter, g.cells.map((c) => `${c.unit.code}:${c.formats.join('+')}`)])).toEqual([
      [3, ['10001:hoi-nghi', '10002:to-roi']],
      [4, ['10001:loa-truyen-thanh']],
    ]);
    expect(view.reports.map((r) => [r.year, r.report?.integration ?? null])).toEqual([
      [2025, null],
      [2024, 'co'],
    ]);
  });

  it('refuses an unknown district', () => {
    expect(() => districtView(campaign, '999', [])).toThrow('No district 999');
  });
});
