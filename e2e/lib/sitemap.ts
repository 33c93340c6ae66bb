import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of every page in the built sitemap (dist/sitemap-*.xml), e.g. "/tai-lieu/". */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((file) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no page: run `npm run build` first.');
  return paths.sort();
}

/** A commune-level unit's page, "/chien-dich/xa/<listId>-<code>/" (list ids may hold a dash: "2025-01"). */
const COMMUNE_PAGE = /^\/chien-dich\/xa\/(.+)-(\d+)\/$/;

/**
 * The pages worth a slow per-page check (axe): every page, except that the
 * commune pages, several hundred made from one template
 * (src/pages/chien-dich/xa/[unit].astro), are sampled as the first and last
 * page of each unit list by sorted path. Their index (/chien-dich/xa/) is an
 * ordinary page and stays in. Sorted input gives sorted output.
 */
export function sampledPaths(paths: readonly string[]): string[] {
  const byList = new Map<string, string[]>();
  for (const path of paths) {
    const list = COMMUNE_PAGE.exec(path)?.[1];
    if (list !== undefined) byList.set(list, [...(byList.get(list) ?? []), path]);
  }
  const kept = new Set([...byList.values()].flatMap((pages) => {
    const sorted = [...pages].sort();
    return [sorted[0]!, sorted.at(-1)!];
  }));
  return paths.filter((path) => !COMMUNE_PAGE.test(path) || kept.has(path));
}

/**
 * One page per template, for checks whose result depends on the layout rather
 * than on the words (a second viewport): pages one level deep are each their
 * own template; deeper pages are grouped by their path without the last
 * segment ("/tai-lieu/*", "/chien-dich/cham/*") and the first and last of each
 * group are kept. Sorted input gives sorted output.
 */
export function templatePaths(paths: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const key = segments.length <= 1 ? path : `/${segments.slice(0, -1).join('/')}/*`;
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const kept = new Set([...groups.values()].flatMap((group) => [group[0]!, group.at(-1)!]));
  return paths.filter((path) => kept.has(path));
}
