import { describe, expect, it } from 'vitest';
import { quarterId } from '../calendar/quarters';
import { districtYearRows } from './campaign';
import { testCampaign } from './test-campaign';

describe('buildCampaign', () => {
  const campaign = testCampaign();

  it('covers the plan quarters started by the build date, each on the list in force on its first day', () => {
    expect(campaign.quarters.map((q) => [quarterId(q), q.coverage.list.id, q.ended])).toEqual([
      ['2024-q3', 'a', true],
      ['2024-q4', 'a', true],
      ['2025-q1', 'b', true],
      ['2025-q2', 'b', true],
      ['2025-q3', 'c', false],
    ]);
    expect(campaign.quarters.map((q) => `${q.coverage.covered}/${q.coverage.units}`)).toEqual(['2/4', '2/4', '1/3', '0/3', '1/3']);
  });

  it('counts regularity per year and reach against the denominators officers entered', () => {
    expect(campaign.years.map((y) => [y.year, y.regularUnits, y.rows.length])).toEqual([
      [2024, 1, 4],
      [2025, 1, 3],
    ]);
    const pupils = (year: number) => campaign.reach.find((r) => r.year === year)?.audiences.find((a) => a.audience === 'hoc-sinh-sinh-vien');
    expect(pupils(2024)).toMatchObject({ participants: 30, activities: 2, activitiesWithoutCount: 1, ratio: 0.5 });
    expect(pupils(2025)).toMatchObject({ participants: 500, denominator: null, ratio: null });
  });

  it('compares district plans with the activities and keeps reports of real district-years only', () => {
    expect(campaign.districtPlans).toHaveLength(1);
    expect(campaign.districtPlans[0]?.progress).toMatchObject({ due: 5, done: 2, ratio: 0.4 });
    expect(campaign.districtReports.map((r) => `${r.year}-${r.district.code}`)).toEqual(['2024-001', '2024-002']);
    expect(campaign.indicators.map((y) => [y.year, y.districts, y.plans.withPlan, y.integration.integrated])).toEqual([
      [2024, 2, 1, 1],
      [2025, 2, 0, 0],
    ]);
  });

  it('counts the old province’s units after the merger and marks sample data', () => {
    expect(campaign.inPlanArea(campaign.registry.lists[2]!.units[0]!)).toBe(true);
    expect(campaign.illustrative).toBe(false);
    expect(testCampaign({ illustrative: true }).illustrative).toBe(true);
  });

  it('lists each district of a year with its plan and report', () => {
    const rows = districtYearRows(campaign, 2024);
    expect(rows.map((r) => [r.district.code, r.plan?.plan.number ?? null, r.report?.integration ?? null])).toEqual([
      ['001', '12/KH-UBND', 'co'],
      ['002', null, 'chua'],
    ]);
    expect(districtYearRows(campaign, 2026)).toEqual([]);
  });
});

describe('reporting beside coverage', async () => {
  const { testCampaign } = await import('./test-campaign');
  const { reportingRows, districtReportingRows, unitQuarterStates } = await import('./reporting');
  it('gives every plan quarter its reports received, states and close, per province, district and unit', () => {
    const campaign = testCampaign();
    const rows = reportingRows(campaign);
    expect(rows[0]).toMatchObject({ label: 'Quý 3/2025', running: true, reporters: 'xã, phường', onTime: 'chưa ghi ngày nhận', close: 'Đang mở: số liệu có thể còn thay đổi' });
    // Q3/2024: district 001 reported through its communes' activities, district 002 too (10003 in 2024-11 is Q4): one of two.
    expect(rows.find((r) => r.label === 'Quý 3/2024')).toMatchObject({ received: '1/2 (50%)', states: '2 có hoạt động · 0 đã báo cáo, không có hoạt động · 2 chưa báo cáo' });
    expect(districtReportingRows(campaign, '002').find((r) => r.label === 'Quý 4/2024')).toMatchObject({ received: '1/1 (100%)' });
    expect(unitQuarterStates(campaign, { listId: 'a', code: '10002' }).map((q) => `${q.label}: ${q.state}`)).toEqual([
      'Quý 3/2024: Có hoạt động',
      'Quý 4/2024: Đã báo cáo, không có hoạt động',
    ]);
  });
});
