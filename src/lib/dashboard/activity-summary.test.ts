import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { summarizeRecords, withTitles, type PlanQuarter } from './activity-summary';

const planQuarters: PlanQuarter[] = [
  { year: 2024, quarter: 3, ended: true },
  { year: 2024, quarter: 4, ended: true },
];

describe('summarizeRecords', () => {
  it('adds up several units (a district) per quarter, format and audience', () => {
    const summary = summarizeRecords(
      [
        activity('2024-07-02', 'a', '10001', { format: 'loa-truyen-thanh', participants: null }),
        activity('2024-07-20', 'a', '10002', { format: 'loa-truyen-thanh', participants: 30 }),
        activity('2024-11-02', 'a', '10002', { format: 'to-roi', participants: 12 }),
      ],
      planQuarters,
    );
    expect(summary.quarters.map((q) => [q.total, q.byFormat])).toEqual([
      [2, { 'loa-truyen-thanh': 2 }],
      [1, { 'to-roi': 1 }],
    ]);
    expect(summary.audiences).toEqual([{ audience: 'cong-dong', activities: 3, participants: 42, withoutCount: 1 }]);
    expect(summary.coveredEnded).toBe(2);
  });
});

describe('totals and titles', () => {
  it('adds up each format and all activities over the quarters, leaving out those outside them', () => {
    const summary = summarizeRecords(
      [
        activity('2024-07-02', 'a', '10001', { format: 'loa-truyen-thanh' }),
        activity('2024-11-02', 'a', '10001', { format: 'to-roi', materials: ['to-roi-a', 'khong-co'] }),
        activity('2024-12-02', 'a', '10001', { format: 'loa-truyen-thanh' }),
        activity('2023-01-05', 'a', '10001', { format: 'to-roi' }),
      ],
      planQuarters,
      { formatOrder: ['to-roi', 'loa-truyen-thanh'] },
    );
    expect(summary.formats).toEqual(['to-roi', 'loa-truyen-thanh']);
    expect(summary.formatTotals).toEqual([1, 2]);
    expect(summary.total).toBe(3);
    expect(summary.outsideQuarters).toBe(1);
    expect(withTitles(summary.materials, new Map([['to-roi-a', 'Tờ rơi A']]))).toEqual([
      { slug: 'khong-co', activities: 1, lastDate: '2024-11-02', title: null },
      { slug: 'to-roi-a', activities: 1, lastDate: '2024-11-02', title: 'Tờ rơi A' },
    ]);
  });
});
