import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { fixtureLists } from '../units/fixture';
import type { PlanQuarter } from './activity-summary';
import { communePages, communeSummary, communeView, recordsByUnit, SHOWN_ACTIVITIES } from './commune';
import { testCampaign } from './test-campaign';

const [listA, listB, listC] = fixtureLists as [(typeof fixtureLists)[0], (typeof fixtureLists)[0], (typeof fixtureLists)[0]];

/** Plan quarters 2024Q3 – 2025Q4; the last one still running. */
const planQuarters: PlanQuarter[] = [
  { year: 2024, quarter: 3, ended: true },
  { year: 2024, quarter: 4, ended: true },
  { year: 2025, quarter: 1, ended: true },
  { year: 2025, quarter: 2, ended: true },
  { year: 2025, quarter: 3, ended: true },
  { year: 2025, quarter: 4, ended: false },
];

describe('communeSummary', () => {
  const records = [
    activity('2024-07-02', 'a', '10002', { format: 'loa-truyen-thanh', participants: null, materials: ['to-roi-a'] }),
    activity('2024-08-15', 'a', '10002', { format: 'hoi-nghi', audiences: ['cong-dong', 'hoc-sinh-sinh-vien'], participants: 40, materials: ['to-roi-a', 'video-b'] }),
    activity('2024-09-30', 'a', '10002', { format: 'loa-truyen-thanh', participants: 10 }),
    // Same code in list C: another unit, never counted for a/10002.
    activity('2025-08-01', 'c', '10002', { format: 'ngoai-khoa', participants: 500 }),
    // Another unit of list A.
    activity('2024-10-01', 'a', '10001', { format: 'to-roi' }),
    // Before the plan's quarters (list A is valid from 2019).
    activity('2023-05-05', 'a', '10002', { format: 'to-roi', audiences: ['hoc-sinh-sinh-vien'], participants: 5, materials: ['video-b'] }),
  ];

  it('counts a unit of a list with districts by quarter and format, only in the quarters its list answers for', () => {
    const summary = communeSummary(listA.units[1]!, listA, planQuarters, records, { formatOrder: ['loa-truyen-thanh', 'to-roi', 'hoi-nghi'] });
    expect(summary.quarters).toEqual([
      { year: 2024, quarter: 3, ended: true, total: 3, byFormat: { 'loa-truyen-thanh': 2, 'hoi-nghi': 1 }, covered: true },
      { year: 2024, quarter: 4, ended: true, total: 0, byFormat: {}, covered: false },
    ]);
    expect(summary.formats).toEqual(['loa-truyen-thanh', 'hoi-nghi']);
    expect(summary.endedQuarters).toBe(2);
    expect(summary.coveredEnded).toBe(1);
    expect(summary.uncoveredEnded.map((q) => `${q.year}Q${q.quarter}`)).toEqual(['2024Q4']);
    expect(summary.outsideQuarters).toBe(1);
  });

  it('sums audiences, participants and activities without a count; an activity for two audiences counts in both', () => {
    const summary = communeSummary(listA.units[1]!, listA, planQuarters, records, { audienceOrder: ['hoc-sinh-sinh-vien', 'cong-dong'] });
    expect(summary.audiences).toEqual([
      { audience: 'hoc-sinh-sinh-vien', activities: 2, participants: 45, withoutCount: 0 },
      { audience: 'cong-dong', activities: 3, participants: 50, withoutCount: 1 },
    ]);
  });

  it('lists materials by use with their last date, and activities newest first', () => {
    const summary = communeSummary(listA.units[1]!, listA, planQuarters, records);
    expect(summary.materials).toEqual([
      { slug: 'to-roi-a', activities: 2, lastDate: '2024-08-15' },
      { slug: 'video-b', activities: 2, lastDate: '2024-08-15' },
    ]);
    expect(summary.activities.map((a) => a.date)).toEqual(['2024-09-30', '2024-08-15', '2024-07-02', '2023-05-05']);
    expect(summary.activities[1]).toEqual({
      date: '2024-08-15',
      format: 'hoi-nghi',
      audiences: ['cong-dong', 'hoc-sinh-sinh-vien'],
      participants: 40,
      materials: ['to-roi-a', 'video-b'],
      description: 'Hoạt động 2024-08-15 10002',
    });
  });

  it('shows a running quarter as running, not as a gap (list without districts)', () => {
    const summary = communeSummary(listC.units[0]!, listC, planQuarters, records);
    expect(summary.quarters.map((q) => [q.quarter, q.total, q.ended])).toEqual([
      [3, 1, true],
      [4, 0, false],
    ]);
    expect(summary.uncoveredEnded).toEqual([]);
    expect(summary.coveredEnded).toBe(1);
    expect(summary.endedQuarters).toBe(1);
    expect(summary.audiences).toEqual([{ audience: 'cong-dong', activities: 1, participants: 500, withoutCount: 0 }]);
  });

  it('gives empty figures for a unit with no record, every ended quarter a gap', () => {
    const summary = communeSummary(listB.units[2]!, listB, planQuarters, records);
    expect(summary.quarters.map((q) => q.total)).toEqual([0, 0]);
    expect(summary.uncoveredEnded).toHaveLength(2);
    expect(summary.formats).toEqual([]);
    expect(summary.audiences).toEqual([]);
    expect(summary.materials).toEqual([]);
    expect(summary.activities).toEqual([]);
    expect(summary.illustrative).toBe(false);
  });

  it('refuses a unit of another list', () => {
    expect(() => communeSummary(listA.units[0]!, listB, planQuarters, records)).toThrow(/list a, not b/);
  });

  it('gives the same figures from records grouped by unit', () => {
    const grouped = recordsByUnit(records);
    expect(grouped.get('a:10002')).toHaveLength(4);
    expect(grouped.get('c:10002')).toHaveLength(1);
    expect(communeSummary(listA.units[1]!, listA, planQuarters, grouped.get('a:10002') ?? [])).toEqual(communeSummary(listA.units[1]!, listA, planQuarters, records));
  });
});

describe('communePages and communeView', () => {
  const campaign = testCampaign();
  const pages = communePages(campaign);
  const page = (param: string) => pages.find((p) => p.param === param)!;
  const view = (param: string) => communeView(campaign, page(param).unit, page(param).records, [{ slug: 'to-roi-a', entry: { title: 'Tờ rơi A' } }]);

  it('builds a page for every unit of the plan area, each with its own records', () => {
    expect(pages.map((p) => p.param)).toEqual(['a-10001', 'a-10002', 'a-10003', 'a-10004', 'b-10001', 'b-10002', 'b-10003', 'c-10002', 'c-10003', 'c-10005']);
    expect(page('a-10001').records.map((r) => r.date)).toEqual(['2024-07-02', '2024-10-01']);
  });

  it('places the unit: its district, list and the units it went into', () => {
    const a = view('a-10002');
    expect(a.title).toBe('Chiến dịch: Phường Bình, Huyện Một (4 đơn vị (đến 31/12/2024))');
    expect(a.crumbs).toEqual([
      { href: '/chien-dich/', label: 'Chiến dịch' },
      { href: '/chien-dich/xa/', label: 'Xã, phường, thị trấn' },
      { href: '/chien-dich/huyen/001/', label: 'Huyện Một' },
      { label: 'Phường Bình' },
    ]);
    expect(a.district).toEqual({ href: '/chien-dich/huyen/001/', name: 'Huyện Một' });
    expect([a.listName, a.validity]).toEqual(['danh sách A', 'hiệu lực từ 01/05/2019 đến 31/12/2024']);
    expect(a.before).toBeNull();
    expect(a.after).toEqual({ since: '01/01/2025', units: [{ name: 'Phường Bình', href: '/chien-dich/xa/b-10002/' }], unknown: '' });
    expect(view('a-10004').after).toEqual({ since: '01/01/2025', units: [], unknown: 'nguồn dữ liệu không ghi rõ đơn vị tiếp nhận.' });
  });

  it('after the district level: no district, and the units it came from', () => {
    const c = view('c-10002');
    expect(c.district).toBeNull();
    expect(c.noDistrict).toBe('Không còn cấp huyện từ 01/07/2025');
    expect(c.before?.units.map((u) => u.name)).toEqual(['Xã An Mới', 'Phường Bình']);
    expect(c.after).toBeNull();
    expect(c.headline).toEqual({ covered: '0', ended: '0', span: 'từ Quý 3/2025 đến Quý 3/2025', running: '; Quý 3/2025 đang diễn ra' });
    expect(c.gaps?.kind).toBe('none-ended');
  });

  it('counts the quarters with activity and links the ended ones without', () => {
    const a = view('a-10002');
    expect(a.headline).toEqual({ covered: '1', ended: '2', span: 'từ Quý 3/2024 đến Quý 4/2024', running: '' });
    expect(a.quarterChart?.data).toEqual([
      { label: 'Quý 3/2024', value: 1, mark: null },
      { label: 'Quý 4/2024', value: 0, mark: '0' },
    ]);
    expect(a.gaps).toEqual({ kind: 'some', count: '1', ended: '2', span: 'từ Quý 3/2024 đến Quý 4/2024', links: [{ href: '/chien-dich/cham/2024-q4/', label: 'Quý 4/2024' }] });
    expect(a.materials).toEqual([{ slug: 'to-roi-a', activities: 1, lastDate: '2024-08-15', title: 'Tờ rơi A' }]);
    expect([a.activityCount, a.shown.length, a.folded.length]).toEqual(['1', 1, 0]);
  });

  it('says so when a unit recorded nothing', () => {
    const d = view('a-10004');
    expect(d.hasRecords).toBe(false);
    expect(d.quarterChart).toBeNull();
    expect(d.spanSuffix).toBe(' (từ Quý 3/2024 đến Quý 4/2024)');
    expect(d.gaps?.kind).toBe('all');
  });

  it('folds activities after the first twenty', () => {
    const unit = page('a-10001').unit;
    const many = Array.from({ length: 23 }, (_, i) => activity(`2024-08-${String(i + 1).padStart(2, '0')}`, 'a', '10001'));
    const v = communeView(campaign, unit, many, []);
    expect([v.shown.length, v.folded.length, v.foldedCount, v.gaps?.kind]).toEqual([SHOWN_ACTIVITIES, 3, '3', 'some']);
  });
});
