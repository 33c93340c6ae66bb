/**
 * The site's search beside Pagefind 1.6.0 on the same documents: the site's
 * own index as built (dist/tim-kiem/chi-muc*: every page the search knows,
 * with its body) and 500 synthetic documents. Prints index bytes, bytes
 * before the first results and the time to them (Chromium 360×740, CPU 4×
 * slower, cold cache, gzipped), and recall on a fixed list of folded
 * queries: a page counts as relevant when every folded query word is a word
 * of its folded text (title, tags, summary, body).
 * Usage: npm run build && npm run bench:search-pagefind   (BENCH_PORT, default 4399)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as pagefind from 'pagefind';
import { buildSearchIndex, type DictionaryFile, type FragmentFile, type FullTextDocument } from '../src/lib/search/index-build';
import { SearchIndex } from '../src/lib/search/query';
import { fold } from '../src/lib/text/fold';
import { serveStatic } from '../scripts/lib/static-server';
import { writeIndexFiles } from './lib/index-files';
import { syntheticDocuments } from './lib/synthetic-documents';
import { filesBefore, timeSiteSearch, type FirstResults } from './lib/time-first-results';

const PORT = Number(process.env.BENCH_PORT ?? 4399);

/** Folded queries (no tone marks, d for đ), as a reader types them on a phone without a Vietnamese keyboard. */
const RECALL_QUERIES = [
  'duong day nong', 'dieu 327', 'giay to tuy than', 'mai dam', 'mua ban nguoi', 'lua dao viec lam', 'viec nhe luong cao', 'hoc sinh',
  'khu cong nghiep', 'xet nghiem', 'ky thi', 'dong thuan', 'anh nhay cam', 'cong an', 'phap lenh', 'nghi dinh', 'xu phat', 'karaoke',
  'kinh doanh dich vu', 'tinh duc an toan', 'mang xa hoi', 'tro giup phap ly', 'tuyen truyen', 'phieu hoc tap', 'nguoi lao dong',
  'dia ban', 'uy ban nhan dan', 'dat coc', 'moi gioi', 'tre em', 'bao ve', 'gia dinh', 'don vi hanh chinh', 'hung yen', 'ban dam',
];
const TIMING_QUERIES = ['mai dam', 'duong day nong', 'giay to tuy than', 'dieu 327', 'lua dao viec lam', 'karaoke'];

/** The documents the site's search indexes, read back from the built index. */
function siteDocuments(): FullTextDocument[] {
  const dictionary = JSON.parse(readFileSync('dist/tim-kiem/chi-muc.json', 'utf8')) as DictionaryFile;
  return dictionary.d.map(([u, k, t, g], id) => {
    const fragment = JSON.parse(readFileSync(`dist/tim-kiem/chi-muc/tai-lieu/${id}.json`, 'utf8')) as FragmentFile;
    return { u, k, t, g, s: fragment.s, b: fragment.b };
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The same document as an HTML page for Pagefind: title as <h1> (Pagefind weights headings), then tags, summary, body. */
const asHtml = (doc: FullTextDocument) =>
  `<!doctype html><html lang="vi"><head><title>${escape(doc.t)}</title></head><body><main><h1>${escape(doc.t)}</h1><p>${escape(doc.g)}</p><p>${escape(doc.s)}</p>${doc.b
    .split('\n')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('')}</main></body></html>`;

/** Pagefind's harness page: window.pfFirst times a query to its first 10 results' data; window.pfAll lists every result's URL. */
const HARNESS = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head><body><script type="module">
window.pfFirst = async (q) => {
  const start = performance.now();
  const pf = await import('/pagefind/pagefind.js');
  const search = await pf.search(q);
  const top = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  const elapsed = performance.now() - start;
  return { elapsed, top: top.map((d) => d.url), resources: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime - start, end: e.responseEnd - start })) };
};
window.pfAll = async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  const search = await pf.search(q);
  return Promise.all(search.results.map(async (r) => (await r.data()).url));
};
window.pfReady = true;
</script></body></html>`;

/** Builds both indexes and the search page into a temporary site root. */
async function site(documents: FullTextDocument[]): Promise<{ root: string; ours: ReturnType<typeof buildSearchIndex> }> {
  const root = mkdtempSync(join(tmpdir(), 'search-vs-pagefind-'));
  cpSync('dist/tim-kiem/index.html', join(root, 'tim-kiem', 'index.html'));
  cpSync('dist/_astro', join(root, '_astro'), { recursive: true });
  cpSync('dist/404.html', join(root, '404.html'));
  const ours = buildSearchIndex(documents);
  writeIndexFiles(root, ours);
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error('Pagefind did not start');
  for (const doc of documents) await index.addHTMLFile({ url: doc.u, content: asHtml(doc) });
  await index.writeFiles({ outputPath: join(root, 'pagefind') });
  writeFileSync(join(root, 'pf.html'), HARNESS);
  return { root, ours };
}

/** Bytes as a host sends them: text gzipped, Pagefind's own files (already compressed) as they are. */
function sentBytes(root: string, path: string): number {
  const body = readFileSync(join(root, decodeURIComponent(path)));
  return /\.(js|json|html|css)$/.test(path) ? gzipSync(body).length : body.length;
}

function treeBytes(root: string, dir: string, keep: (path: string) => boolean): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (path: string) => {
    for (const name of readdirSync(join(root, path))) {
      const child = `${path}/${name}`;
      if (statSync(join(root, child)).isDirectory()) walk(child);
      else if (keep(child)) {
        bytes += sentBytes(root, child);
        files += 1;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

async function timeBoth(browser: Browser, query: string): Promise<{ ours: FirstResults; pf: FirstResults }> {
  const open = async (path: string) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
    return { context, page };
  };
  const a = await open('/tim-kiem/');
  const ours = await timeSiteSearch(a.page, query);
  await a.context.close();
  const b = await open('/pf.html');
  await b.page.waitForFunction(() => (window as unknown as { pfReady?: boolean }).pfReady === true);
  const pf = await b.page.evaluate((q) => (window as unknown as { pfFirst: (q: string) => Promise<FirstResults> }).pfFirst(q), query);
  await b.context.close();
  return { ours, pf };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const sets = [
  { name: 'the site', documents: siteDocuments() },
  { name: '500 synthetic', documents: syntheticDocuments(500) },
];
const recallRows: string[] = [];
console.log('| documents | engine | index (KB sent, files) | before first results (KB, median / worst) | first results (ms, median / worst) |');
console.log('|---|---|---:|---:|---:|');
for (const set of sets) {
  const { root, ours } = await site(set.documents);
  const server = await serveStatic(root, PORT);
  const oursIndex = treeBytes(root, '/tim-kiem', (path) => path.startsWith('/tim-kiem/chi-muc'));
  const pfIndex = treeBytes(root, '/pagefind', (path) => /\.(pf_\w+|pagefind)$|pagefind\.js$|pagefind-entry\.json$|pagefind-worker\.js$/.test(path));
  const timings = [];
  for (const query of TIMING_QUERIES) timings.push(await timeBoth(browser, query));
  const oursBefore = timings.map((t) => filesBefore(t.ours, '/tim-kiem/chi-muc').reduce((sum, path) => sum + sentBytes(root, path), 0));
  const pfBefore = timings.map((t) => filesBefore(t.pf, '/pagefind/').reduce((sum, path) => sum + sentBytes(root, path), 0));
  const row = (engine: string, index: { bytes: number; files: number }, before: number[], ms: number[]) =>
    console.log(`| ${set.name} (${set.documents.length}) | ${engine} | ${kb(index.bytes)} (${index.files}) | ${kb(median(before))} / ${kb(Math.max(...before))} | ${Math.round(median(ms))} / ${Math.round(Math.max(...ms))} |`);
  row('this site', oursIndex, oursBefore, timings.map((t) => t.ours.elapsed));
  row('Pagefind 1.6.0', pfIndex, pfBefore, timings.map((t) => t.pf.elapsed));

  if (set.name === 'the site') {
    // Recall: every result of each engine (not only the first 10) against the folded-word ground truth.
    const foldedWords = set.documents.map((doc) => new Set(fold(`${doc.t} ${doc.g} ${doc.s} ${doc.b}`).split(/[^\p{L}\p{N}]+/u)));
    const index = new SearchIndex(ours.dictionary);
    const shards = new Map(ours.shards.map((shard, i) => [i, shard]));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/pf.html`);
    await page.waitForFunction(() => (window as unknown as { pfReady?: boolean }).pfReady === true);
    let relevantTotal = 0;
    let oursFound = 0;
    let pfFound = 0;
    for (const query of RECALL_QUERIES) {
      const words = query.split(' ');
      const relevant = new Set(set.documents.filter((_, id) => words.every((word) => foldedWords[id]?.has(word))).map((doc) => doc.u));
      const oursUrls = new Set(index.search(index.plan(`${query} `), shards).map((hit) => set.documents[hit.id]?.u));
      const pfUrls = new Set(await page.evaluate((q) => (window as unknown as { pfAll: (q: string) => Promise<string[]> }).pfAll(q), query));
      const hit = (urls: Set<string | undefined>) => [...relevant].filter((u) => urls.has(u)).length;
      relevantTotal += relevant.size;
      oursFound += hit(oursUrls);
      pfFound += hit(pfUrls);
      const extra = (urls: Set<string | undefined>) => [...urls].filter((u) => u && !relevant.has(u)).length;
      recallRows.push(`| ${query} | ${relevant.size} | ${hit(oursUrls)} (+${extra(oursUrls)}) | ${hit(pfUrls)} (+${extra(pfUrls)}) |`);
    }
    await context.close();
    recallRows.push(`| **all ${RECALL_QUERIES.length} queries** | ${relevantTotal} | ${oursFound} (${((100 * oursFound) / relevantTotal).toFixed(0)} %) | ${pfFound} (${((100 * pfFound) / relevantTotal).toFixed(0)} %) |`);
  }
  server.close();
  rmSync(root, { recursive: true, force: true });
}
await browser.close();
await pagefind.close();
console.log(`\nRecall on the site's documents (all results; in brackets, results outside the folded-word ground truth: typos, prefixes, other words):`);
console.log('| folded query | relevant pages | this site finds | Pagefind finds |');
console.log('|---|---:|---:|---:|');
for (const line of recallRows) console.log(line);
console.log(`\nLoad average during the run: ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (2 shared cores): times are noisy.`);
console.log('Sent bytes: text gzipped as a host would; Pagefind\u2019s index files and WebAssembly are already compressed and counted as they are. The search page itself (HTML, CSS, island JS) is not counted for either.');
