import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../activities/types';
import { materialUse } from './material-use';

const record = (date: string, listId: string, code: string, materials: string[], illustrative = false): ActivityRecord => ({
  date,
  listId,
  code,
  format: 'loa-truyen-thanh',
  audiences: ['cong-dong'],
  participants: null,
  materials,
  description: 'x',
  reportingUnit: 'y',
  illustrative,
});

describe('materialUse', () => {
  it('counts distinct units per year, keyed by list and code (11977 in two lists is two units)', () => {
    const records = [
      record('2024-03-01', '2021', '11977', ['a']),
      record('2024-05-01', '2021', '11977', ['a', 'b']),
      record('2024-06-01', '2021', '11950', ['a']),
      record('2025-08-01', '2025-07', '11977', ['a'], true),
      record('2025-02-01', '2025-01', '11977', ['a']),
      record('2025-02-01', '2025-01', '11980', ['b']),
    ];
    expect(materialUse(records, 'a')).toEqual([
      { year: 2025, units: 2, activities: 2, illustrative: true },
      { year: 2024, units: 2, activities: 3, illustrative: false },
    ]);
    expect(materialUse(records, 'c')).toEqual([]);
  });
});
