import { describe, expect, it } from 'vitest';
import { NOT_REPORTED } from '../district/labels';
import { yearIndicators } from '../district/indicators';
import { campaignOverview, unitsNeeded } from './overview';
import { testCampaign } from './test-campaign';

describe('unitsNeeded', () => {
  it('counts the communes missing to reach 90% of 161 (145 needed)', () => {
    expect(unitsNeeded(0.9, 161, 120)).toBe(25);
    expect(unitsNeeded(0.9, 161, 145)).toBe(0);
    expect(unitsNeeded(0.9, 139, 100)).toBe(26);
  });

  it('does not round 90% of 10 up to 10 through floating point', () => {
    expect(unitsNeeded(0.9, 10, 8)).toBe(1);
  });
});

describe('campaignOverview', () => {
  const view = campaignOverview(testCampaign());

  it('leads with the latest ended quarter and what is missing to reach 90%', () => {
    expect(view.hasRecords).toBe(true);
    expect(view.communes.headline).toEqual({
      percent: '0%',
      covered: '0',
      units: '3',
      quarter: 'Quý 2/2025',
      running: false,
      needed: 'Cần thêm 3 đơn vị có hoạt động để đạt 90%.',
      behindHref: '/chien-dich/cham/2025-q2/',
      uncovered: '3',
      scope: 'Danh sách B (3 đơn vị)',
      reporting: { received: '0/2 (0%)', onTime: 'chưa ghi ngày nhận', states: '0 có hoạt động · 0 đã báo cáo, không có hoạt động · 3 chưa báo cáo', close: 'Đang mở: số liệu có thể còn thay đổi', closed: false, reporters: 'huyện' },
    });
    expect(view.communes.quarterChart?.summary).toBe('Đường gạch là mức 90%. 0/4 quý đã qua đạt mức này.');
    expect(view.communes.quarterChart?.axisLabels).toEqual([null, null, '2025', null, null]);
    expect(view.communes.yearChart?.details).toEqual(['1/4 đơn vị · danh sách 4 đơn vị (đến 31/12/2024)', '1/3 đơn vị · danh sách 3 đơn vị (01/01 – 30/06/2025)']);
    expect(view.communes.districts).toEqual([
      { href: '/chien-dich/huyen/001/', label: 'Huyện Một' },
      { href: '/chien-dich/huyen/002/', label: 'Huyện Hai' },
    ]);
  });

  it('shows reach for the last full year, with the ratio only where a denominator was entered', () => {
    expect(view.reach.yearSuffix).toBe(' (năm 2024)');
    const pupils = view.reach.items.find((item) => item.audience === 'hoc-sinh-sinh-vien');
    expect(pupils).toMatchObject({ participants: '30', activities: '2', withoutCount: ' (1 hoạt động không ghi số người)' });
    expect(pupils?.ratioText).toBe('So với 60 người (học sinh THPT; nguồn: Sở GD&ĐT): 50%.');
    expect(pupils?.chart.data).toEqual([
      { label: '2024', value: 0.5 },
      { label: '2025', value: null },
    ]);
    expect(pupils?.chart.target).toBe(0.8);
    // Only the audiences the plan's targets name are measured.
    expect(view.reach.items.map((item) => item.audience)).toEqual(['hoc-sinh-sinh-vien']);
  });

  it('says a figure nobody reported is "Chưa báo cáo", never a zero', () => {
    // A card takes its plan target's id; the test plan has a target only for district plans, the rest fall back to the measure.
    expect(view.indicators.map((card) => card.id)).toEqual(['huyen-co-ke-hoach', 'huyen-long-ghep', 'tin-bao-xu-ly', 'co-so-kiem-tra-trong-nam', 'tin-bai-bao-cao-huyen']);
    const [plans, integration, tips, venues, media] = view.indicators;
    expect(plans?.value).toEqual({ strong: '1/2 huyện', text: ' có kế hoạch năm 2024; trung bình 40% nội dung kế hoạch đến hạn đã có hoạt động.' });
    expect(integration?.value).toEqual({ strong: '1/2 huyện', text: ' đã lồng ghép năm 2024 (2/2 huyện đã báo cáo).' });
    expect(integration?.chart?.data).toEqual([
      { label: '2024', value: 0.5 },
      { label: '2025', value: null },
    ]);
    expect(integration?.chart?.missingText).toBe(NOT_REPORTED);
    expect(tips?.value?.strong).toBe('100%');
    expect(venues?.value?.text).toBe(' cơ sở được kiểm tra năm 2024: 5/16 cơ sở (2/2 huyện đã báo cáo).');
    expect(venues?.detail).toBe('Đến hết năm 2024, 9/10 cơ sở (90%) đã được kiểm tra ít nhất một lần từ năm 2021 (1/2 huyện đã báo cáo).');
    expect(media?.table?.rows).toEqual([
      { year: 2024, cells: ['4', '1/2'] },
      { year: 2025, cells: [NOT_REPORTED, '0/2'] },
    ]);
    expect(view.indicatorYears).toEqual([2024, 2025]);
  });

  it('has no headline or chart before any activity, and says nobody reported', () => {
    const empty = campaignOverview({ ...testCampaign(), records: [], districtReports: [], indicators: indicatorsWithoutReports() });
    expect(empty.hasRecords).toBe(false);
    expect(empty.communes.headline).toBeNull();
    expect(empty.communes.quarterChart).toBeNull();
    expect(empty.indicators[1]?.value).toEqual({ strong: null, text: 'Chưa báo cáo.' });
    expect(empty.indicators[4]).toMatchObject({ value: { strong: null, text: 'Chưa báo cáo.' }, table: null });
  });
});

function indicatorsWithoutReports() {
  return testCampaign().indicators.map((y) => yearIndicators(y.year, [], [], []));
}
