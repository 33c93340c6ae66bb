import { translateFieldMessage } from '../../cms/keystatic';
import { activityFiles } from '../../content-model/hoat-dong';
import type { FieldIssue } from '../content/issues';
import { checkActivityFile, type ActivityLookups } from './check-file';
import { parseFileSlug } from './file-slug';
import { parseWithSchema } from './parse-with-schema';
import type { ActivityFile, ActivityRecord } from './types';

interface SlugReader {
  reader: { parseWithSlug(value: unknown, args: { slug: string; glob: '**' }): unknown };
}

interface ParsedActivity {
  date: string | null;
  format: string;
  audiences: readonly string[];
  participants: number | null;
  materials: readonly (string | null)[];
  description: string;
  reportingUnit: string;
  illustrative: unknown;
}

interface ParsedFile {
  unit: { list: string; code: string; name: string };
  illustrative: unknown;
  activities: readonly ParsedActivity[];
}

/**
 * Turns one activity file's loaded YAML into records: first the Keystatic
 * schema's own field rules (parseWithSchema), then the cross-reference rules
 * (checkActivityFile). `file` is null when the schema rejects the data.
 */
export function readActivityFile(
  slug: string,
  data: unknown,
  lookups: ActivityLookups,
): { file: ActivityFile | null; issues: FieldIssue[] } {
  const { value, problems } = parseWithSchema(activityFiles.schema, data, 'file');
  try {
    // The file name is the slug field: Keystatic validates it with the field's own rules.
    (activityFiles.schema.file as unknown as SlugReader).reader.parseWithSlug(undefined, { slug, glob: '**' });
  } catch (error) {
    problems.unshift({ path: 'file', message: (error as Error).message });
  }
  if (problems.length > 0) {
    return { file: null, issues: problems.map((p) => ({ field: p.path || '(tệp)', problem: translateFieldMessage(p.message) })) };
  }
  const parsed = value as unknown as ParsedFile;
  const parts = parseFileSlug(slug);
  const year = parts?.year ?? 0;
  const activities: ActivityRecord[] = parsed.activities.map((a) => ({
    date: a.date ?? '',
    listId: parsed.unit.list,
    code: parsed.unit.code,
    format: a.format,
    audiences: a.audiences,
    participants: a.participants,
    materials: a.materials.map((m) => m ?? ''),
    description: a.description,
    reportingUnit: a.reportingUnit,
    illustrative: a.illustrative === true,
  }));
  const file: ActivityFile = {
    slug,
    year,
    listId: parsed.unit.list,
    code: parsed.unit.code,
    unitName: parsed.unit.name,
    illustrative: parsed.illustrative === true,
    activities,
  };
  return { file, issues: checkActivityFile(file, lookups) };
}
