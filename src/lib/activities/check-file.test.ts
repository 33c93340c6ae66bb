import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { fixtureRegistry } from '../units/fixture';
import { checkActivityFile } from './check-file';
import type { ActivityFile } from './types';

const lookups = { registry: fixtureRegistry(), materialExists: (slug: string) => slug === 'to-roi-co-that', today: '2025-09-30' };
const file = (overrides: Partial<ActivityFile> = {}): ActivityFile => ({
  slug: '2024/a-10001',
  year: 2024,
  listId: 'a',
  code: '10001',
  unitName: 'Xã An',
  illustrative: false,
  activities: [activity('2024-03-01', 'a', '10001')],
  ...overrides,
});
const fields = (f: ActivityFile) => checkActivityFile(f, lookups).map((issue) => issue.field);

describe('checkActivityFile', () => {
  it('accepts a file whose unit, name, dates and materials all agree', () => {
    expect(checkActivityFile(file({ activities: [activity('2024-03-01', 'a', '10001', { materials: ['to-roi-co-that'] })] }), lookups)).toEqual([]);
  });

  it('refuses a date outside the file’s year, and one outside the list’s validity, saying which list the date needs', () => {
    const issues = checkActivityFile(file({ activities: [activity('2025-02-01', 'a', '10001')] }), lookups);
    expect(issues.map((i) => i.field)).toEqual(['activities.0.date', 'activities.0.date']);
    expect(issues[1]?.problem.vi).toContain('Ngày này dùng danh sách «b»');
  });

  it('refuses an activity of the 2021-style list after that list ended, even in a file named for 2025', () => {
    expect(fields(file({ slug: '2025/a-10001', year: 2025, activities: [activity('2025-03-01', 'a', '10001')] }))).toEqual(['file', 'activities.0.date']);
  });

  it('refuses a code that the list does not have and names where the code exists', () => {
    const issues = checkActivityFile(file({ slug: '2025/c-10001', year: 2025, listId: 'c', code: '10001', activities: [] }), lookups);
    expect(issues[0]?.field).toBe('unit.code');
    expect(issues[0]?.problem.vi).toContain('danh sách «a»: Xã An; danh sách «b»: Xã An Mới');
  });

  it('refuses a name that does not match the code in that list', () => {
    expect(checkActivityFile(file({ unitName: 'Xã An Mới' }), lookups)[0]?.problem.vi).toContain('mã này là Xã An');
  });

  it('refuses a file name that disagrees with the unit inside', () => {
    expect(fields(file({ slug: '2024/a-10002' }))).toEqual(['unit.code']);
  });

  it('refuses impossible and future dates, no audience, unknown materials and a record twice', () => {
    const twice = activity('2025-08-01', 'c', '10002');
    const f = file({
      slug: '2025/c-10002',
      year: 2025,
      listId: 'c',
      code: '10002',
      unitName: 'Trung Tâm',
      activities: [
        activity('2025-02-30', 'c', '10002'),
        activity('2025-10-01', 'c', '10002'),
        activity('2025-08-02', 'c', '10002', { audiences: [], materials: ['khong-co'] }),
        twice,
        { ...twice, participants: 5 },
      ],
    });
    expect(fields(f)).toEqual(['activities.0.date', 'activities.1.date', 'activities.2.audiences', 'activities.2.materials.0', 'activities.4.description']);
  });
});
