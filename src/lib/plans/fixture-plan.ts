import { activity } from '../coverage/test-records';
import type { CampaignPlan } from '../dashboard/campaign';
import { testCampaign } from '../dashboard/test-campaign';
import { buildCampaign } from '../dashboard/campaign';
import { fixtureRegistry } from '../units/fixture';

/**
 * A test fixture, never shipped content: a yearly plan for 2026 over every
 * unit of the fixture province, with count targets only (people of two
 * audiences reached, media activities), in the shape of the yearly plans
 * provinces issue after 2025. Its figures are made up for tests.
 */
export const fixtureYearPlan: CampaignPlan & { title: string; issuer: string; issuedOn: string; kind: string } = {
  number: '7/KH-UBND',
  title: 'Kế hoạch thử nghiệm năm 2026',
  issuer: 'UBND tỉnh Thử',
  issuedOn: '2026-01-07',
  kind: 'nam',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  area: 'toan-tinh',
  regularQuartersPerYear: 3,
  targets: [
    { id: 'cong-nhan', section: 'II.1', label: 'Công nhân khu công nghiệp được tuyên truyền', targetText: '600 người', measure: 'doi-tuong-so-nguoi', audience: 'lao-dong-khu-cong-nghiep', unit: 'so-luong', value: 600, frequency: 'hang-nam' },
    { id: 'hoc-sinh', section: 'II.2', label: 'Học sinh, sinh viên được tuyên truyền', targetText: '1.000 người', measure: 'doi-tuong-so-nguoi', audience: 'hoc-sinh-sinh-vien', unit: 'so-luong', value: 1000, frequency: 'hang-nam' },
    { id: 'bao-dai', section: 'II.3', label: 'Tin, bài trên báo, đài', targetText: '2 tin, bài', measure: 'hoat-dong-bao-dai', audience: 'khong', unit: 'so-luong', value: 2, frequency: 'hang-nam' },
  ],
};

export const fixtureYearRecords = () => [
  activity('2025-11-02', 'c', '10002', { format: 'hoi-nghi', audiences: ['lao-dong-khu-cong-nghiep'], participants: 900 }),
  activity('2026-02-10', 'c', '10002', { format: 'hoi-nghi', audiences: ['lao-dong-khu-cong-nghiep'], participants: 250 }),
  activity('2026-05-20', 'c', '10005', { format: 'truyen-thong-truc-tiep', audiences: ['lao-dong-khu-cong-nghiep', 'cong-dong'], participants: 400 }),
  activity('2026-03-15', 'c', '10003', { format: 'ngoai-khoa', audiences: ['hoc-sinh-sinh-vien'], participants: 700 }),
  activity('2026-09-01', 'c', '10003', { format: 'to-roi', audiences: ['hoc-sinh-sinh-vien'], participants: null }),
  activity('2026-10-12', 'c', '10002', { format: 'bao-dai', audiences: ['cong-dong'], participants: null }),
];

/** The fixture plan's campaign on `today` (default 2026-12-03). */
export function fixtureYearCampaign(today = '2026-12-03') {
  return buildCampaign({
    plan: fixtureYearPlan,
    records: fixtureYearRecords(),
    registry: fixtureRegistry(),
    denominators: [],
    districtPlans: [],
    districtReports: [],
    today,
  });
}

/** Plan 164's test campaign (2024-07 – 2025) and the fixture yearly plan, as the dashboards receive them. */
export function fixturePlanItems(today = '2026-12-03') {
  const old = testCampaign({ today });
  return [
    { slug: '164', plan: { ...old.plan, title: 'Kế hoạch giai đoạn', issuer: 'UBND tỉnh Thử', issuedOn: '2021-11-02' }, campaign: old },
    { slug: '7-2026', plan: fixtureYearPlan, campaign: fixtureYearCampaign(today) },
  ];
}
