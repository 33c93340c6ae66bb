import { activity } from '../coverage/test-records';
import { fixtureRegistry } from '../units/fixture';
import { buildCampaign, type CampaignPlan, type DistrictReportFacts } from './campaign';

/**
 * A campaign for unit tests over the fixture province: plan 2024-07-01 –
 * 2025-12-31, built on 2025-08-15 (Q3 2025 still running); list A (two
 * districts) until 2024, B in 2025 H1, C (no districts) from 2025-07-01.
 */
export const testPlan: CampaignPlan = {
  number: '164/KH-UBND',
  periodStart: '2024-07-01',
  periodEnd: '2025-12-31',
  regularQuartersPerYear: 2,
  targets: [
    { id: 'xa-co-tuyen-truyen', section: 'II.1.a', label: 'Xã có tuyên truyền', targetText: 'Ít nhất 90%', measure: 'don-vi-duy-tri-thuong-xuyen', audience: 'khong', unit: 'phan-tram', value: 90 },
    { id: 'hoc-sinh-sinh-vien', section: 'II.1.e', label: 'Học sinh, sinh viên', targetText: 'Ít nhất 80%', measure: 'doi-tuong-ty-le', audience: 'hoc-sinh-sinh-vien', unit: 'phan-tram', value: 80 },
    { id: 'huyen-co-ke-hoach', section: 'II.2.a', label: 'Huyện có kế hoạch', targetText: '100%', measure: 'huyen-co-ke-hoach', audience: 'khong', unit: 'phan-tram', value: 100 },
  ],
};

export const report = (extra: Partial<DistrictReportFacts> = {}): DistrictReportFacts => ({
  source: 'Báo cáo số 1',
  mediaItems: null,
  integration: 'chua-bao-cao',
  tipsReceived: null,
  tipsHandled: null,
  venues: null,
  venuesInspected: null,
  venuesInspectedSince2021: null,
  ...extra,
});

export const testRecords = () => [
  activity('2024-07-02', 'a', '10001', { format: 'loa-truyen-thanh', audiences: ['hoc-sinh-sinh-vien'], participants: 30 }),
  activity('2024-08-15', 'a', '10002', { format: 'hoi-nghi', participants: 40, materials: ['to-roi-a'] }),
  activity('2024-10-01', 'a', '10001', { format: 'hoi-nghi' }),
  activity('2024-11-20', 'a', '10003', { format: 'to-roi', audiences: ['hoc-sinh-sinh-vien'], participants: null }),
  activity('2025-02-10', 'b', '10001', { format: 'hoi-nghi', participants: 12 }),
  activity('2025-07-20', 'c', '10002', { format: 'ngoai-khoa', audiences: ['hoc-sinh-sinh-vien'], participants: 500 }),
];

export function testCampaign(options: { illustrative?: boolean; today?: string } = {}) {
  const records = testRecords().map((r) => ({ ...r, illustrative: options.illustrative ?? false }));
  return buildCampaign({
    plan: testPlan,
    records,
    registry: fixtureRegistry(),
    denominators: [
      { slug: '2024', figures: [{ audience: 'hoc-sinh-sinh-vien', value: 60, scope: 'học sinh THPT', source: 'Sở GD&ĐT', confidence: 'cao' }] },
      { slug: '2025', figures: [{ audience: 'hoc-sinh-sinh-vien', value: null, scope: '', source: '', confidence: '' }] },
    ],
    districtPlans: [
      {
        slug: '2024-001',
        entry: {
          number: '12/KH-UBND',
          issuedOn: '2024-01-15',
          title: 'Kế hoạch tuyên truyền năm 2024',
          items: [
            { communes: ['10001'], formats: ['loa-truyen-thanh', 'hoi-nghi'], quarters: ['3', '4'], note: '' },
            { communes: ['Bình'], formats: ['to-roi'], quarters: ['3'], note: '' },
          ],
        },
      },
    ],
    districtReports: [
      { slug: '2024-001', entry: report({ integration: 'co', mediaItems: 4, tipsReceived: 5, tipsHandled: 5, venues: 10, venuesInspected: 4, venuesInspectedSince2021: 9 }) },
      { slug: '2024-002', entry: report({ integration: 'chua', venues: 6, venuesInspected: 1 }) },
      { slug: '2030-001', entry: report() },
    ],
    today: options.today ?? '2025-08-15',
  });
}
