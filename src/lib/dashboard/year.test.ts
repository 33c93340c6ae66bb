import { describe, expect, it } from 'vitest';
import { NOT_REPORTED } from '../district/labels';
import { testCampaign } from './test-campaign';
import { districtYearView } from './year';

describe('districtYearView', () => {
  const campaign = testCampaign();

  it('puts each district’s plan, the share done and its reported figures side by side', () => {
    const view = districtYearView(campaign, 2024);
    expect(view.title).toBe('Kế hoạch và chỉ tiêu của các huyện, năm 2024');
    expect([view.withPlan, view.districts, view.halfYear]).toEqual(['1', '2', false]);
    expect(view.years).toEqual([
      { year: 2024, href: null },
      { year: 2025, href: '/chien-dich/nam/2025/' },
    ]);
    expect(view.rows).toEqual([
      {
        href: '/chien-dich/huyen/001/#ke-hoach-2024',
        name: 'Huyện Một',
        plan: '12/KH-UBND, 15/01/2024',
        progress: '2/5 (40%)',
        integration: 'Đã lồng ghép',
        tips: '5/5 (100%)',
        venues: '4/10 (40%)',
        venuesSince2021: '9/10 (90%)',
        media: '4',
      },
      {
        href: '/chien-dich/huyen/002/#ke-hoach-2024',
        name: 'Huyện Hai',
        plan: 'Chưa có kế hoạch',
        progress: '–',
        integration: 'Chưa lồng ghép',
        tips: NOT_REPORTED,
        venues: '1/6 (16,7%)',
        venuesSince2021: NOT_REPORTED,
        media: NOT_REPORTED,
      },
    ]);
    expect(view.sources).toEqual([
      { name: 'Huyện Một', source: 'Báo cáo số 1' },
      { name: 'Huyện Hai', source: 'Báo cáo số 1' },
    ]);
    expect(view.csvHref).toBe('/chien-dich/nam/2024.csv');
  });

  it('says a year without reports is not reported, and 2025 is half a year', () => {
    const view = districtYearView(campaign, 2025);
    expect(view.halfYear).toBe(true);
    expect(view.rows.every((row) => row.integration === NOT_REPORTED && row.plan === 'Chưa có kế hoạch')).toBe(true);
    expect(view.sources).toEqual([]);
  });

  it('refuses a year without the district level', () => {
    expect(() => districtYearView(campaign, 2026)).toThrow('No district indicators for 2026');
  });
});
