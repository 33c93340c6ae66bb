import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../units/fixture';
import { audienceReach } from './reach';
import { activity } from './test-records';

/*
 * 2024, students: 120 + 80 = 200 participants over 3 activities (one not counted);
 * denominator 400 → 50%. Workers: 30 from an activity that also lists students, no denominator → no ratio.
 */
const records = [
  activity('2024-03-01', 'a', '10001', { audiences: ['hoc-sinh-sinh-vien'], participants: 120 }),
  activity('2024-04-01', 'a', '10002', { audiences: ['hoc-sinh-sinh-vien'], participants: null }),
  activity('2024-05-01', 'a', '10003', { audiences: ['hoc-sinh-sinh-vien', 'lao-dong-khu-cong-nghiep'], participants: 80 }),
  activity('2023-05-01', 'a', '10003', { audiences: ['hoc-sinh-sinh-vien'], participants: 999 }),
];
const denominators = [
  { audience: 'hoc-sinh-sinh-vien', value: 400, scope: 'THPT', source: 'Sở GD&ĐT', confidence: 'cao' },
  { audience: 'lao-dong-khu-cong-nghiep', value: null, scope: '', source: '', confidence: 'chua-co' },
];

describe('audienceReach', () => {
  const [students, workers] = audienceReach(records, fixtureRegistry(), 2024, ['hoc-sinh-sinh-vien', 'lao-dong-khu-cong-nghiep'], denominators);

  it('sums the year’s participants per audience and divides by the officers’ denominator', () => {
    expect(students).toMatchObject({ participants: 200, activities: 3, activitiesWithoutCount: 1, ratio: 0.5 });
    expect(students?.denominator?.source).toBe('Sở GD&ĐT');
  });

  it('gives no ratio without a denominator, rather than inventing one', () => {
    expect(workers).toMatchObject({ participants: 80, denominator: null, ratio: null });
  });

  it('says which unit lists the year counts against and carries the per-activity caveat', () => {
    expect(students?.unitLists.map((l) => l.id)).toEqual(['a']);
    expect(students?.caveat).toContain('lượt người');
    expect(audienceReach([], fixtureRegistry(), 2025, ['cong-dong'], [])[0]?.unitLists.map((l) => l.id)).toEqual(['b', 'c']);
  });
});
