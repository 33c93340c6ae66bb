import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { summarizeRecords, type PlanQuarter } from './activity-summary';

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
