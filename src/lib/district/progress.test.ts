import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../units/fixture';
import { toDistrictPlan } from './plan';
import { formatIndex, planProgress } from './progress';

const registry = fixtureRegistry();
const record = (date: string, code: string, format: string) => ({ date, listId: 'a', code, format });

describe('planProgress', () => {
  const plan = toDistrictPlan(
    {
      number: '5/KH-UBND',
      issuedOn: '2024-01-15',
      title: 'Kế hoạch năm 2024',
      items: [
        { communes: [], formats: ['loa-truyen-thanh'], quarters: ['1', '2'], note: '' },
        // Repeats the cell (An, Q1, loa) and adds a meeting in An.
        { communes: ['An'], formats: ['loa-truyen-thanh', 'hoi-nghi'], quarters: ['1'], note: '' },
      ],
    },
    '2024-001',
    registry,
  );
  const index = formatIndex([
    record('2024-02-01', '10001', 'loa-truyen-thanh'),
    record('2024-03-01', '10002', 'to-roi'),
    record('2024-05-01', '10002', 'loa-truyen-thanh'),
    record('2024-02-01', '10003', 'loa-truyen-thanh'),
  ]);

  it('counts each planned cell once and finds those with an activity of that format', () => {
    const progress = planProgress(plan, index, () => true);
    expect(progress).toMatchObject({ due: 5, done: 2, ratio: 0.4, upcoming: 0 });
    expect(progress.missed.map((m) => [m.quarter, m.unit.code, m.formats])).toEqual([
      [1, '10001', ['hoi-nghi']],
      [1, '10002', ['loa-truyen-thanh']],
      [2, '10001', ['loa-truyen-thanh']],
    ]);
    expect(progress.byQuarter).toEqual([
      { quarter: 1, due: 3, done: 1, ended: true },
      { quarter: 2, due: 2, done: 1, ended: true },
    ]);
  });

  it('leaves quarters not ended out of the ratio, and lists the district\'s units no line names', () => {
    const progress = planProgress(plan, index, (_year, quarter) => quarter === 1);
    expect(progress).toMatchObject({ due: 3, done: 1, upcoming: 2 });
    expect(progress.unplanned).toEqual([]);
    const partial = toDistrictPlan({ ...plan, issuedOn: '2024-01-15', items: [{ communes: ['10002'], formats: ['to-roi'], quarters: ['1'], note: '' }] }, '2024-001', registry);
    const result = planProgress(partial, index, () => true);
    expect(result).toMatchObject({ due: 1, done: 1, ratio: 1 });
    expect(result.unplanned.map((u) => u.code)).toEqual(['10001']);
  });

  it('has no ratio when nothing is due', () => {
    expect(planProgress(plan, index, () => false).ratio).toBeNull();
  });
});
