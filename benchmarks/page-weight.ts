/**
 * First-visit weight of the built site on a phone, measured in real Chromium
 * at 360×740: for each page type (the first and last page of each, or every
 * page with --all), the bytes of every resource the page loads, text gzipped
 * as a host would send it, images excluded, split by kind (document, CSS,
 * font, script, other), and the layout shift (CLS, from the browser's
 * layout-shift entries). Budgets of issue 17: a material ≤ 50 KB, every other
 * page type ≤ 60 KB, CLS ≤ 0.02; HTML ≤ 30 KB gzip, no JS on content pages.
 * Before issue 17 (measured then): 93 KB of web fonts on every first visit.
 * Usage: npm run build && npm run bench:pages [-- --all]   (BENCH_PORT, default 4399)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { sitemapPaths } from '../e2e/lib/sitemap';
import { serveStatic } from '../scripts/lib/static-server';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const DIST = 'dist';
const KB = 1024;
const BUDGET = { materialKb: 50, otherKb: 60, cls: 0.02, htmlGzipKb: 30 };
const compressible = /\.(html|css|js|svg|json|xml|txt|webmanifest)$|\/$/;
const KINDS = ['document', 'stylesheet', 'font', 'script', 'other'] as const;
type Kind = (typeof KINDS)[number];

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const fileFor = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

/** "/tai-lieu/…/" for a material, "/chien-dich/huyen/…/" for a district; top-level pages are their own type. */
function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length <= 1) return path;
  return `/${parts.slice(0, -1).join('/')}/…/`;
}

const all = process.argv.includes('--all');
const byType = new Map<string, string[]>();
for (const path of sitemapPaths(DIST)) byType.set(pageType(path), [...(byType.get(pageType(path)) ?? []), path]);
const paths = all ? [...byType.values()].flat() : [...byType.values()].flatMap((list) => [...new Set([list[0], list[list.length - 1]])]).filter((p): p is string => Boolean(p));

const server = await serveStatic(DIST, PORT);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

interface Row {
  path: string;
  type: string;
  bytes: Record<Kind, number>;
  total: number;
  htmlGz: number;
  cls: number;
}
const rows: Row[] = [];
for (const path of paths) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const loaded = new Map<string, Kind | 'image'>();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.host !== `127.0.0.1:${PORT}`) return;
    const type = request.resourceType();
    loaded.set(url.pathname, type === 'image' ? 'image' : (KINDS as readonly string[]).includes(type) ? (type as Kind) : 'other');
  });
  await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
  const cls = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  const bytes: Record<Kind, number> = { document: 0, stylesheet: 0, font: 0, script: 0, other: 0 };
  for (const [resource, kind] of loaded) {
    if (kind === 'image') continue;
    const body = readFileSync(fileFor(resource));
    bytes[kind] += compressible.test(resource) ? gzipSync(body).length : body.length;
  }
  const total = KINDS.reduce((sum, kind) => sum + bytes[kind], 0);
  rows.push({ path, type: pageType(path), bytes, total, htmlGz: gzipSync(readFileSync(fileFor(path))).length, cls });
  await context.close();
}
await browser.close();
server.close();

const budgetOf = (type: string) => (type === '/tai-lieu/…/' ? BUDGET.materialKb : BUDGET.otherKb) * KB;
rows.sort((a, b) => b.total - a.total);
console.log('First visit at 360×740, gzip, images excluded (KB):');
console.log('| page | type | document | CSS | font | script | other | total | budget | CLS |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const { document, stylesheet, font, script, other } = row.bytes;
  console.log(`| ${row.path} | ${row.type} | ${kb(document)} | ${kb(stylesheet)} | ${kb(font)} | ${kb(script)} | ${kb(other)} | ${kb(row.total)} | ${kb(budgetOf(row.type))} | ${row.cls.toFixed(3)} |`);
}
const problems = rows.flatMap((row) => [
  ...(row.total > budgetOf(row.type) ? [`${row.path}: ${kb(row.total)} KB > ${kb(budgetOf(row.type))} KB`] : []),
  ...(row.cls > BUDGET.cls ? [`${row.path}: CLS ${row.cls.toFixed(3)} > ${BUDGET.cls}`] : []),
  ...(row.htmlGz > BUDGET.htmlGzipKb * KB ? [`${row.path}: HTML ${kb(row.htmlGz)} KB gzip > ${BUDGET.htmlGzipKb} KB`] : []),
]);
const heaviest = rows[0];
console.log(`\n${rows.length} pages of ${byType.size} types${all ? '' : ' (first and last of each type; --all for every page)'}. Heaviest: ${heaviest?.path} ${kb(heaviest?.total ?? 0)} KB; web fonts on any page: ${kb(Math.max(...rows.map((r) => r.bytes.font)))} KB (before issue 17: 93 KB on every first visit); worst CLS ${Math.max(...rows.map((r) => r.cls)).toFixed(3)}.`);
console.log(problems.length ? `OVER BUDGET:\n${problems.join('\n')}` : 'Within budget.');
process.exitCode = problems.length ? 1 : 0;
