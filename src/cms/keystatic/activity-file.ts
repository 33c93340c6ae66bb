import { activityFiles } from '../../content-model/hoat-dong';
import { checkActivityFile, type ActivityLookups } from '../../lib/activities/check-file';
import { parseFileSlug } from '../../lib/activities/file-slug';
import type { ActivityFile, ActivityRecord } from '../../lib/activities/types';
import type { FieldIssue } from '../../lib/content/issues';
import { translateFieldMessage } from './messages';
import { readEntry } from './reader';

/**
 * Turns one activity file's loaded YAML into records: first the Keystatic
 * schema's own field rules (readEntry, the fast reader), then the
 * cross-reference rules (checkActivityFile). `file` is null when the schema
 * rejects the data.
 */
export function readActivityFile(
  slug: string,
  data: unknown,
  lookups: ActivityLookups,
): { file: ActivityFile | null; issues: FieldIssue[] } {
  const { entry, problems } = readEntry(activityFiles, slug, data);
  if (entry === null) {
    return { file: null, issues: problems.map((p) => ({ field: p.path || '(tệp)', problem: translateFieldMessage(p.message) })) };
  }
  const year = parseFileSlug(slug)?.year ?? 0;
  const activities: ActivityRecord[] = entry.activities.map((a) => ({
    date: a.date ?? '',
    listId: entry.unit.list,
    code: entry.unit.code,
    format: a.format,
    audiences: a.audiences,
    participants: a.participants,
    materials: a.materials.map((m) => m ?? ''),
    description: a.description,
    reportingUnit: a.reportingUnit,
    ...(a.wave ? { wave: a.wave } : {}),
    illustrative: a.illustrative === true,
  }));
  const file: ActivityFile = {
    slug,
    year,
    listId: entry.unit.list,
    code: entry.unit.code,
    unitName: entry.unit.name,
    illustrative: entry.illustrative === true,
    activities,
  };
  return { file, issues: checkActivityFile(file, lookups) };
}
