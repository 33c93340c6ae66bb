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
