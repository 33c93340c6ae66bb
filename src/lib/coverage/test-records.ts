import type { ActivityRecord } from '../activities/types';

/** A record for tests: only what coverage reads matters. */
export const activity = (date: string, listId: string, code: string, extra: Partial<ActivityRecord> = {}): ActivityRecord => ({
  date,
  listId,
  code,
  format: 'hoi-nghi',
  audiences: ['cong-dong'],
  participants: null,
  materials: [],
  description: `Hoạt động ${date} ${code}`,
  reportingUnit: 'UBND',
  illustrative: false,
  ...extra,
});
