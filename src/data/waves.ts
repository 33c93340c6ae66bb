import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readWaveFile } from '../cms/keystatic';
import type { ContentIssue } from '../lib/content/issues';
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
