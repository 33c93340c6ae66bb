/**
 * Checks the built public site in dist/: no broken internal link or asset,
 * the page rules of src/lib/site-check/page-rules.ts on every page, size budgets (0 KB JS on content pages, a named budget per island, HTML ≤
 * 30 KB gzipped), and valid HTML (W3C Nu checker, vnu-jar on the installed Java).
 * Prints the heaviest pages. Exit 1 on any problem.
 * Usage: npm run build && npm run check:site
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetProblems, ISLAND_BUDGETS, ISLAND_PATTERNS, islandOf, SITE_WIDE_SCRIPT, type PageWeight } from '../src/lib/site-check/budgets';
import { candidateFiles, internalPath, pageReferences } from '../src/lib/site-check/links';
import { pageFacts, pageRuleProblems } from '../src/lib/site-check/page-rules';
import { routes } from '../src/lib/routes';

const DIST = 'dist';
const SITE = process.env.SITE_URL ?? 'http://localhost:4321';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pagePath = (file: string) => `/${relative(DIST, file)}`.replace(/index\.html$/, '');
const files = htmlFiles(DIST);
const problems: string[] = [];

// 1. Links and assets.
const missing = new Map<string, string[]>();
for (const file of files) {
  const from = pagePath(file);
  for (const reference of pageReferences(readFileSync(file, 'utf8'))) {
    const path = internalPath(reference, from, SITE);
    if (path === null) continue;
    if (!candidateFiles(path).some((candidate) => existsSync(join(DIST, candidate)))) {
      missing.set(path, [...(missing.get(path) ?? []), from]);
    }
  }
}
for (const [path, pages] of missing) problems.push(`broken link: ${path} (from ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''})`);

// 2. Page rules (one h1, lang, CSP, no script outside islands, nothing from another host).
const islands = new Set(files.map(pagePath).filter((path) => islandOf(path) !== undefined));
for (const file of files) problems.push(...pageRuleProblems(pagePath(file), pageFacts(readFileSync(file, 'utf8')), islands));

// 2b. No editing tool in the public build: the CMS admin, its API and the data desk exist only on the editing server.
for (const editing of Object.values(routes.editing)) {
  if (existsSync(join(DIST, editing))) problems.push(`editing tool in the public build: ${DIST}${editing} must not exist`);
}

// 3. Budgets.
const weights: PageWeight[] = files.map((file) => {
  const html = readFileSync(file);
  const scripts = [...html.toString('utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  const inline = [...html.toString('utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  // The site-wide service-worker registration is budgeted once, below, not per page.
  const external = scripts
    .filter((src) => src !== SITE_WIDE_SCRIPT.src)
    .map((src) => internalPath(src, pagePath(file), SITE))
    .filter((p): p is string => p !== null);
  // Module imports pulled in by the entry script count too.
  const seen = new Set<string>();
  const queue = [...external];
  let jsGzip = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(DIST, path));
    jsGzip += gzipSync(code).length;
    for (const match of code.toString('utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const next = internalPath(match[1] ?? '', path, SITE);
      if (next) queue.push(next);
    }
  }
  return { path: pagePath(file), htmlGzip: gzipSync(html).length, jsGzip };
});
problems.push(...budgetProblems(weights));
const registrationFile = join(DIST, SITE_WIDE_SCRIPT.src);
const registrationGzip = existsSync(registrationFile) ? gzipSync(readFileSync(registrationFile)).length : 0;
if (registrationGzip > SITE_WIDE_SCRIPT.bytes) problems.push(`${SITE_WIDE_SCRIPT.src}: "${SITE_WIDE_SCRIPT.name}" ${registrationGzip} B gzip > ${SITE_WIDE_SCRIPT.bytes} B`);
// 3b. The service worker and what it reads are written after the build (scripts/build-offline.ts).
for (const written of [routes.serviceWorker, routes.offlinePacks, routes.offlineRevisions]) {
  if (!existsSync(join(DIST, written))) problems.push(`${DIST}${written} missing: run \`npx tsx scripts/build-offline.ts\` after \`astro build\``);
}

// 4. Valid HTML.
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.status !== 0) {
  problems.push('HTML check needs Java: install it (Debian: apt-get install -y default-jre-headless) and run again.');
} else {
  const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');
  const vnu = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const messages = (JSON.parse(vnu.stderr || '{"messages":[]}') as { messages: { url: string; lastLine?: number; message: string }[] }).messages;
  for (const message of messages) problems.push(`invalid HTML: ${relative(process.cwd(), new URL(message.url).pathname)}:${message.lastLine ?? '?'} ${message.message}`);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`Checked ${files.length} pages in ${DIST}/ (site ${SITE}).`);
console.log('\nHeaviest pages (HTML gzip · JS gzip):');
for (const page of [...weights].sort((a, b) => b.htmlGzip + b.jsGzip - (a.htmlGzip + a.jsGzip)).slice(0, 8)) {
  console.log(`  ${kb(page.htmlGzip).padStart(6)} KB · ${kb(page.jsGzip).padStart(6)} KB  ${page.path}`);
}
for (const [path, island] of Object.entries(ISLAND_BUDGETS)) {
  const page = weights.find((weight) => weight.path === path);
  console.log(`Island "${island.name}" on ${path}: ${kb(page?.jsGzip ?? 0)} KB of ${kb(island.bytes)} KB.`);
}
for (const island of ISLAND_PATTERNS) {
  const heaviest = Math.max(0, ...weights.filter((weight) => island.pattern.test(weight.path)).map((weight) => weight.jsGzip));
  console.log(`Island "${island.name}" on pages ${island.pattern.source}: at most ${kb(heaviest)} KB of ${kb(island.bytes)} KB.`);
}
console.log(`Every page: "${SITE_WIDE_SCRIPT.name}" (${SITE_WIDE_SCRIPT.src}) ${registrationGzip} B of ${SITE_WIDE_SCRIPT.bytes} B gzip.`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nNo broken link, every page keeps the page rules and its budget, HTML valid.');
