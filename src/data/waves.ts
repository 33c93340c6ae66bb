import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readWaveFile } from '../cms/keystatic';
import { formatIssues, type ContentIssue } from '../lib/content/issues';
import { markdocText } from '../lib/materials/text';
import { audiences, outreachFormats } from '../lib/taxonomy';
import type { WaveViewContext } from '../lib/waves/view';
import { getActivities } from './activities';
import { projectRoot, today } from './context';
import { getLessonKits, getMaterials } from './site';
import { WAVES_DIR, type Wave } from '../lib/waves/types';

/** Paths of the wave files under root (content/dot-chien-dich/<slug>.yaml), sorted. */
export function listWaveFiles(root: string): string[] {
  const base = join(root, WAVES_DIR);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${WAVES_DIR}/${name}`);
}

/**
 * Reads every wave with the Keystatic schema's field rules (fast, without
 * Keystatic's reader). The cross-reference rules are checkWave's, run by the
 * content check. Waves in start-date order.
 */
export function loadWaves(root: string): { waves: Wave[]; issues: ContentIssue[] } {
  const waves: Wave[] = [];
  const issues: ContentIssue[] = [];
  for (const path of listWaveFiles(root)) {
    const slug = path.slice(WAVES_DIR.length + 1).replace(/\.yaml$/, '');
    let data: unknown;
    try {
      data = load(readFileSync(join(root, path), 'utf8'), { schema: CORE_SCHEMA });
    } catch (error) {
      issues.push({ file: path, field: '(tệp)', problem: { vi: `tệp không đọc được (YAML sai): ${(error as Error).message.split('\n')[0] ?? ''}`, en: 'invalid YAML' } });
      continue;
    }
    const read = readWaveFile(slug, data);
    issues.push(...read.issues.map((issue) => ({ ...issue, file: path })));
    if (read.wave) waves.push(read.wave);
  }
  return { waves: waves.sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug)), issues };
}

/** Lookup of a wave by slug, for the activity rules. */
export function waveLookup(root: string): (slug: string) => Wave | undefined {
  const bySlug = new Map(loadWaves(root).waves.map((wave) => [wave.slug, wave]));
  return (slug) => bySlug.get(slug);
}

/**
 * For pages: the waves, every activity record, and what the view models need
 * (material titles and texts, lesson kit titles). Throws, naming every
 * problem, when a wave file is invalid.
 */
export async function getWaveContext(root: string = projectRoot()) {
  const { waves, issues } = loadWaves(root);
  if (issues.length > 0) throw new Error(formatIssues(issues));
  const { records, registry } = getActivities(root);
  const materials = await getMaterials();
  const texts = new Map<string, { title: string; text: string }>();
  for (const m of materials) texts.set(m.slug, { title: m.entry.title, text: markdocText((await m.entry.body()).node) });
  const kits = new Map((await getLessonKits()).map((k) => [k.slug, k.entry.title]));
  const context: WaveViewContext = { registry, formats: outreachFormats, audiences, material: (slug) => texts.get(slug), kitTitle: (slug) => kits.get(slug), today: today() };
  return { waves, records, context, materials, kits: await getLessonKits() };
}
