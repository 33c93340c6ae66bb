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

/**
 * Families of generated pages, each made from one template with data that
 * differs page to page: a commune's page by unit list ("/chien-dich/xa/<listId>-<code>/",
 * list ids may hold a dash: "2025-01"), a quarter's, a district's and a year's
 * dashboard, and the browse lists of materials and kits by audience, kind,
 * topic, school level and format. Returns the family key of a path, or null
 * for every other page.
 */
function pageFamily(path: string): string | null {
  const commune = /^\/chien-dich\/xa\/(.+)-(\d+)\/$/.exec(path);
  if (commune) return `xa:${commune[1]}`;
  const other = /^\/(chien-dich\/(?:cham|huyen|nam)|tai-lieu\/(?:doi-tuong|loai|chu-de)|bai-giang\/(?:cap-hoc|hinh-thuc))\/[^/]+\/$/.exec(path);
  return other ? (other[1] ?? null) : null;
}

/**
 * The pages worth a slow per-page check (axe takes 3–9 s a page on two
 * cores): every page, except that each family of generated pages
 * (pageFamily: 340 commune pages, about 35 quarter, 10 district and 5 year
 * pages, the browse lists) is sampled as its first and last page by sorted
 * path. Index pages are ordinary pages and stay in; materials, kits and news,
 * whose bodies are officers' text, are all kept. Sorted input gives sorted output.
 */
export function sampledPaths(paths: readonly string[]): string[] {
  const families = new Map<string, string[]>();
  for (const path of paths) {
    const family = pageFamily(path);
    if (family !== null) families.set(family, [...(families.get(family) ?? []), path]);
  }
  const kept = new Set([...families.values()].flatMap((pages) => {
    const sorted = [...pages].sort();
    return [sorted[0]!, sorted.at(-1)!];
  }));
  return paths.filter((path) => pageFamily(path) === null || kept.has(path));
}

/**
 * One page per template, for checks whose result depends on the layout rather
 * than on the words (a second viewport): pages one level deep are each their
 * own template; deeper pages are grouped by their path without the last
 * segment ("/tai-lieu/*", "/chien-dich/cham/*") and the first of each group is
 * kept. Sorted input gives sorted output.
 */
export function templatePaths(paths: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const key = segments.length <= 1 ? path : `/${segments.slice(0, -1).join('/')}/*`;
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const kept = new Set([...groups.values()].map((group) => group[0]!));
  return paths.filter((path) => kept.has(path));
}
