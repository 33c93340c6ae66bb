import { describe, expect, it } from 'vitest';
import { testCampaign } from '../dashboard/test-campaign';
import { evaluateTarget } from './evaluate';
import { fixturePlanItems, fixtureYearCampaign, fixtureYearPlan, fixtureYearRecords } from './fixture-plan';
import { planTimeline } from './in-force';
import { plansView } from './view';

/** Independent recomputation: people of an audience reached in a year, straight from the records. */
const peopleReached = (audience: string, year: number) =>
  fixtureYearRecords()
    .filter((r) => r.date.startsWith(`${year}-`) && r.audiences.includes(audience))
    .reduce((sum, r) => sum + (r.participants ?? 0), 0);

describe('a yearly plan with count targets (fixture)', () => {
  const campaign = fixtureYearCampaign();
  const result = (id: string) => evaluateTarget(campaign, fixtureYearPlan.targets.find((t) => t.id === id)!);

  it('counts the people of each audience reached in its year only, against the plan figure', () => {
    const workers = result('cong-nhan');
    expect(workers.years.map((y) => y.year)).toEqual([2026]);
    expect(workers.end?.value).toBe(peopleReached('lao-dong-khu-cong-nghiep', 2026));
    expect(workers.end?.text).toBe('650 lượt người');
    expect(workers.met).toBe(true);
    const pupils = result('hoc-sinh');
    expect(pupils.end?.value).toBe(peopleReached('hoc-sinh-sinh-vien', 2026));
    expect(pupils.met).toBe(false);
  });

  it('counts media activities of the year', () => {
    const media = result('bao-dai');
    expect(media.end?.value).toBe(fixtureYearRecords().filter((r) => r.format === 'bao-dai' && r.date.startsWith('2026-')).length);
    expect(media.met).toBe(false);
  });
});

describe('plans in force', () => {
  const periods = [
    { number: '164', periodStart: '2021-11-02', periodEnd: '2025-12-31' },
    { number: '7', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
  ];
  it('finds the plans of a date, the ended ones and a year without a plan', () => {
    expect(planTimeline(periods, '2025-03-01').inForce.map((p) => p.number)).toEqual(['164']);
    const in2026 = planTimeline(periods, '2026-06-01');
    expect(in2026.inForce.map((p) => p.number)).toEqual(['7']);
    expect(in2026.ended.map((p) => p.number)).toEqual(['164']);
    expect(in2026.missingYear).toBeNull();
    expect(planTimeline(periods, '2027-01-05').missingYear).toBe(2027);
    expect(planTimeline([...periods, { number: 'x', periodStart: '2026-03-01', periodEnd: '2030-12-31' }], '2026-06-01').inForce).toHaveLength(2);
  });

  it('says the old plan ended with its final results, and that the year has no plan when none was entered', () => {
    const [old] = fixturePlanItems();
    const view = plansView([old!], '2026-12-03');
    expect(view.inForce).toEqual([]);
    expect(view.ended[0]?.status).toContain('đã kết thúc ngày 31/12/2025');
    expect(view.missing?.text).toBe('Chưa nhập kế hoạch năm 2026.');
    expect(view.missing?.address).toBe('/keystatic/collection/keHoach/create');
    const communes = view.ended[0]!.rows.find((r) => r.id === 'xa-co-tuyen-truyen')!;
    const regular = testCampaign({ today: '2026-12-03' }).years.at(-1)!;
    expect(communes.endYear).toBe(regular.year);
    expect(communes.met).toBe((regular.ratio ?? 0) >= 0.9 ? 'Đạt' : 'Chưa đạt');
  });

  it('shows the yearly plan in force beside the ended one', () => {
    const view = plansView(fixturePlanItems(), '2026-12-03');
    expect(view.missing).toBeNull();
    expect(view.inForce.map((b) => b.heading)).toEqual(['Kế hoạch số 7/KH-UBND ngày 07/01/2026 của UBND tỉnh Thử']);
    expect(view.inForce[0]!.rows.map((r) => r.met)).toEqual(['Đạt', 'Chưa đạt', 'Chưa đạt']);
    // Its trend: a count chart per target, the plan's figure in the summary (no line drawn for counts).
    const workers = view.inForce[0]!.charts[0]!;
    expect(workers).toMatchObject({ kind: 'count', summary: 'Đường gạch là mức 600.', target: 600, data: [{ label: '2026', value: 650 }] });
    // A count target is drawn as its own dashed line on the count scale.
  });
});
