/**
 * Page weight of the built site, measured in real Chromium: for every page in
 * the sitemap, its HTML gzipped, its client JavaScript, and the first-visit
 * transfer (every resource the page loads, text gzipped as a host would send
 * it, cover images excluded). Prints a table and the budgets of issue 3.
 * Usage: npm run build && npm run bench:pages [-- --all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { sitemapPaths } from '../e2e/lib/sitemap';
import { serveStatic } from '../scripts/lib/static-server';

const PORT = 4399;
const DIST = 'dist';
const BUDGET = { htmlGzipKb: 30, jsKb: 0, firstVisitKb: 150 };
const compressible = /\.(html|css|js|svg|json|xml|txt|webmanifest)$|\/$/;

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const fileFor = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

const server = await serveStatic(DIST, PORT);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const all = process.argv.includes('--all');
const paths = sitemapPaths(DIST).filter((path) => all || path.startsWith('/tai-lieu/'));
const rows: { path: string; htmlGz: number; js: number; firstVisit: number; requests: number }[] = [];
for (const path of paths) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
  const cover = await page.evaluate(() => document.querySelector('img.cover')?.getAttribute('src') ?? null);
  let firstVisit = 0;
  let js = 0;
  for (const resource of new Set(loaded)) {
    if (resource === cover) continue;
    const body = readFileSync(fileFor(resource));
    const size = compressible.test(resource) ? gzipSync(body).length : body.length;
    firstVisit += size;
    if (resource.endsWith('.js')) js += size;
  }
  const html = readFileSync(fileFor(path));
  rows.push({ path, htmlGz: gzipSync(html).length, js, firstVisit, requests: new Set(loaded).size });
  await context.close();
}
await browser.close();
server.close();

rows.sort((a, b) => b.firstVisit - a.firstVisit);
console.log('| page | HTML gzip (KB) | client JS (KB) | first visit (KB) | requests |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.path} | ${kb(row.htmlGz)} | ${kb(row.js)} | ${kb(row.firstVisit)} | ${row.requests} |`);
const worst = {
  htmlGz: Math.max(...rows.map((r) => r.htmlGz)),
  js: Math.max(...rows.map((r) => r.js)),
  firstVisit: Math.max(...rows.map((r) => r.firstVisit)),
};
console.log(`\n${rows.length} pages. Heaviest: HTML ${kb(worst.htmlGz)} KB gzip (budget ${BUDGET.htmlGzipKb}), JS ${kb(worst.js)} KB (budget ${BUDGET.jsKb}), first visit ${kb(worst.firstVisit)} KB (budget ${BUDGET.firstVisitKb}, cover images excluded).`);
const over = kb(worst.htmlGz) > BUDGET.htmlGzipKb || kb(worst.js) > BUDGET.jsKb || kb(worst.firstVisit) > BUDGET.firstVisitKb;
console.log(over ? 'OVER BUDGET' : 'Within budget.');
process.exitCode = over ? 1 : 0;
