import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readWaveFile } from '../cms/keystatic';
import { formatIssues, type ContentIssue } from '../lib/content/issues';
import { markdocBlocks } from '../lib/markdoc/blocks';
import { kitZip } from '../lib/lesson-kits/zip';
import { markdocText, readingTime } from '../lib/materials/text';
import { routes } from '../lib/routes';
import type { PackInput, PackScript } from '../lib/waves/pack';
import { materialCaption, wavePostsText } from '../lib/waves/posts';
import { kitAttachments, kitDocument } from './lesson-kits';
import { materialPosterPng } from './posters';
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

/** Everything a wave's pack ZIP holds, read from the content: scripts, posters and attachments, kits, posts. */
export async function wavePackInput(wave: Wave, site: URL | undefined): Promise<PackInput> {
  const materials = await getMaterials();
  const kits = await getLessonKits();
  const bySlug = new Map(materials.map((m) => [m.slug, m]));
  const url = (path: string) => new URL(path, site).href;
  const scripts: PackScript[] = [];
  for (const broadcast of wave.broadcasts) {
    const material = bySlug.get(broadcast.script);
    if (!material) continue;
    const node = (await material.entry.body()).node;
    const time = readingTime(markdocText(node));
    scripts.push({ slug: material.slug, title: material.entry.title, blocks: markdocBlocks(node), words: time.words, minutes: time.minutes, days: broadcast.days, timesPerDay: broadcast.timesPerDay, pageUrl: url(routes.material(material.slug)) });
  }
  const packMaterials: PackInput['materials'][number][] = [];
  for (const slug of wave.materials) {
    const material = bySlug.get(slug);
    if (!material) continue;
    const files = material.entry.attachments.flatMap((a) => (a.file ? [{ name: a.file.split('/').pop() ?? 'tep', data: new Uint8Array(readFileSync(join(projectRoot(), 'public', a.file))) }] : []));
    if (material.entry.kind === 'ap-phich') files.unshift({ name: 'ap-phich-a4.png', data: await materialPosterPng(material, site) });
    packMaterials.push({ slug, title: material.entry.title, files });
  }
  const packKits: PackInput['kits'][number][] = [];
  for (const slug of wave.lessonKits) {
    const kit = kits.find((k) => k.slug === slug);
    if (kit) packKits.push({ slug, title: kit.entry.title, zip: await kitZip(await kitDocument(kit, materials, site), kitAttachments(kit)) });
  }
  const captions = [...wave.materials, ...wave.broadcasts.map((b) => b.script).filter((s) => !wave.materials.includes(s))].flatMap((slug) => {
    const material = bySlug.get(slug);
    return material ? [materialCaption(material.entry, url(routes.material(slug)))] : [];
  });
  const wavePageUrl = url(routes.wave(wave.slug));
  return { wave, wavePageUrl, scripts, materials: packMaterials, kits: packKits, posts: wavePostsText(wave, captions, wavePageUrl) };
}
