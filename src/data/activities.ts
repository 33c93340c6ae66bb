import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ACTIVITIES_DIR } from '../content-model/hoat-dong';
import { formatIssues, type ContentIssue } from '../lib/content/issues';
import type { ActivityLookups } from '../lib/activities/check-file';
import type { MaterialRef } from '../lib/activities/import/row';
import { readActivityFile } from '../cms/keystatic';
import type { ActivityFile, ActivityRecord } from '../lib/activities/types';
import { UNITS_DIR } from '../lib/units/build';
import { ContentCache } from './content-memo';
import { projectRoot, today } from './context';
import { loadUnitRegistry } from './units';
import { listWaveFiles, waveLookup } from './waves';
import type { UnitRegistry } from './units';

/**
 * The fast activity loader: every content/hoat-dong/<year>/<listId>-<code>.yaml
 * read with fs and the `yaml` package, parsed with the Keystatic schema's own
 * field rules and checked against the unit lists (readActivityFile, src/cms/keystatic/activity-file.ts).
 * Keystatic's reader is not used here: at tens of thousands of records it is
 * several times slower.
 */
export interface LoadedActivities {
  files: ActivityFile[];
  /** Every activity of every valid file, in file order. */
  records: ActivityRecord[];
  issues: ContentIssue[];
}

/** Paths of the activity files under root, relative to root, sorted. */
export function listActivityFiles(root: string): string[] {
  const base = join(root, ACTIVITIES_DIR);
  if (!existsSync(base)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(base);
  return found.sort();
}

/** "content/hoat-dong/2024/2021-11950.yaml" → "2024/2021-11950". */
export const slugOfPath = (path: string) => path.slice(ACTIVITIES_DIR.length + 1).replace(/\.yaml$/, '');
export const pathOfSlug = (slug: string) => `${ACTIVITIES_DIR}/${slug}.yaml`;

/** Slugs of the materials in the library (content/tai-lieu/<slug>/index.mdoc), read from disk. */
export function materialSlugs(root: string): Set<string> {
  const base = join(root, 'content/tai-lieu');
  if (!existsSync(base)) return new Set();
  return new Set(
    readdirSync(base, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'index.mdoc')))
      .map((entry) => entry.name),
  );
}

/** The kind of each material in the library (front matter `kind` of content/tai-lieu/<slug>/index.mdoc). */
export function materialKinds(root: string): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const slug of materialSlugs(root)) {
    const text = readFileSync(join(root, 'content/tai-lieu', slug, 'index.mdoc'), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    let kind = '';
    try {
      const data = load(front, { schema: CORE_SCHEMA }) as { kind?: unknown } | null;
      if (typeof data?.kind === 'string') kind = data.kind;
    } catch {
      // Reported by the content check; the material still exists.
    }
    kinds.set(slug, kind);
  }
  return kinds;
}

/** The library's materials with their titles (front matter of content/tai-lieu/<slug>/index.mdoc), by title. */
export function materialRefs(root: string): MaterialRef[] {
  const refs: MaterialRef[] = [];
  for (const slug of materialSlugs(root)) {
    const text = readFileSync(join(root, 'content/tai-lieu', slug, 'index.mdoc'), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    let title = slug;
    try {
      const data = load(front, { schema: CORE_SCHEMA }) as { title?: unknown } | null;
      if (typeof data?.title === 'string' && data.title.trim() !== '') title = data.title.trim();
    } catch {
      // A material whose front matter does not parse is reported by the content check; here its slug stands in.
    }
    refs.push({ slug, title });
  }
  return refs.sort((a, b) => a.title.localeCompare(b.title, 'vi'));
}

/**
 * Reads one activity file's text (path relative to the project root): YAML,
 * then the schema's field rules and the unit lists. Issues name the file.
 */
export function parseActivityText(path: string, text: string, lookups: ActivityLookups): { file: ActivityFile | null; issues: ContentIssue[] } {
  let data: unknown;
  try {
    // js-yaml with the core schema, as Keystatic's reader parses (js-yaml), dates kept as text: ten
    // times faster than the `yaml` package on these files, same values (npm run bench:tracker-build).
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    const where = mark ? `dòng ${mark.line + 1}, cột ${mark.column + 1}` : '';
    const message = reason ?? (error as Error).message.split('\n')[0] ?? '';
    return {
      file: null,
      issues: [
        {
          file: path,
          field: '(tệp)',
          problem: {
            vi: `không đọc được tệp YAML${where ? ` ở ${where}` : ''} (${message}); thường do thụt lề sai hoặc thiếu dấu ":" ở dòng đó`,
            en: `${message}${mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : ''}`,
          },
        },
      ],
    };
  }
  const { file, issues } = readActivityFile(slugOfPath(path), data, lookups);
  return { file, issues: issues.map((issue) => ({ ...issue, file: path })) };
}

/** Reads and checks every activity file. Issues name the file and field, in Vietnamese and English. */
export function loadActivities(root: string, lookups: ActivityLookups): LoadedActivities {
  const stamp = fingerprint(root);
  const result: LoadedActivities = { files: [], records: [], issues: [] };
  for (const path of listActivityFiles(root)) {
    const { file, issues } = parseActivityText(path, readFileSync(join(root, path), 'utf8'), lookups);
    result.issues.push(...issues);
    if (file) {
      result.files.push(file);
      for (const record of file.activities) result.records.push(record);
    }
  }
  memo.set(root, stamp, result);
  return result;
}

/**
 * What a change to the inputs would change: activity files, unit lists and
 * material folders (names, sizes, times). Cheap: a directory walk and stats.
 */
function fingerprint(root: string): string {
  const stat = (path: string) => {
    const s = statSync(join(root, path));
    return `${path}:${s.size}:${s.mtimeMs}`;
  };
  const units = existsSync(join(root, UNITS_DIR)) ? readdirSync(join(root, UNITS_DIR)).map((name) => stat(`${UNITS_DIR}/${name}`)) : [];
  return [...listActivityFiles(root).map(stat), ...units, ...materialSlugs(root), ...listWaveFiles(root).map(stat)].join('\n');
}

/** Lookups from disk: materials in content/tai-lieu, waves in content/dot-chien-dich, today in Việt Nam. */
export function defaultLookups(root: string, registry: UnitRegistry): ActivityLookups {
  const materials = materialSlugs(root);
  return { registry, materialExists: (slug) => materials.has(slug), today: today(), wave: waveLookup(root) };
}

/** Loads by project root, stamped with the activity files, unit lists and materials they were read with. */
const memo = new ContentCache<LoadedActivities>();

/**
 * For pages: every activity record, with the unit registry. Read once per
 * build (the content check on the first read of src/data/site.ts already
 * loaded them); read again only when a file changed. Throws, naming every
 * problem, when any file is invalid.
 */
export function getActivities(root: string = projectRoot()): { records: ActivityRecord[]; files: ActivityFile[]; registry: UnitRegistry } {
  const units = loadUnitRegistry(root);
  const loaded = memo.get(root, fingerprint(root), () => loadActivities(root, defaultLookups(root, units.registry)));
  const issues = [...units.issues, ...loaded.issues];
  if (issues.length > 0) throw new Error(formatIssues(issues));
  return { records: loaded.records, files: loaded.files, registry: units.registry };
}
