/**
 * Search at scale: index size (raw and gzipped, by part) and query latency
 * p50/p95 at 100, 500 and 2,000 synthetic Vietnamese full-text documents
 * (title, tags, summary and a body of 150–400 words), for the site's engine
 * (ranking and snippets included) and a plain folded substring scan
 * (baseline); and, at 500 documents, the bytes a browser fetches before the
 * first results (dictionary + the shards the query needs + the fragments of
 * the first 10 results, gzipped).
 * Usage: npm run bench:search
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createSearch, createSubstringScan } from '../src/lib/search/engine';
import { buildSearchIndex, type BuiltIndex } from '../src/lib/search/index-build';
import { SearchIndex } from '../src/lib/search/query';
import { syntheticDocuments } from './lib/synthetic-documents';

const QUERIES = ['mai dam', 'mại dâm', 'MẠI DÂM', 'lua dao viec lam', 'lừa đảo việc làm', 'hoc sinh', 'karaoke', 'xet nghiem hiv', 'giay to tuy than', 'lưa đao', 'cong nhan khu cong nghiep', 'duong day nong', 'dieu 327', 'đường dây nóng', 'tố giác', 'hen h', 'xuat khau lao dong', 'moi gioi'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function time(run: (query: string) => unknown, rounds: number): { p50: number; p95: number } {
  for (const query of QUERIES) run(query); // warm up
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of QUERIES) {
      const start = performance.now();
      run(query);
      samples.push(performance.now() - start);
    }
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const ms = (value: number) => value.toFixed(2);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (value: unknown) => gzipSync(JSON.stringify(value)).length;
const raw = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Bytes fetched before the first results of each query: dictionary, needed shards, first 10 fragments (gzipped). */
function firstResultBytes(built: BuiltIndex): number[] {
  const index = new SearchIndex(built.dictionary);
  const shards = new Map(built.shards.map((shard, i) => [i, shard]));
  const dictionary = gz(built.dictionary);
  return QUERIES.map((query) => {
    const plan = index.plan(query);
    const ranked = index.search(plan, shards).slice(0, 10);
    return dictionary + plan.shards.reduce((sum, i) => sum + gz(built.shards[i]), 0) + ranked.reduce((sum, doc) => sum + gz(built.fragments[doc.id]), 0);
  });
}

console.log('| documents | index raw (KB) | index gzip (KB): dictionary + shards + fragments | files | build (ms) | engine p50 / p95 (ms) | substring scan p50 / p95 (ms) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
let firstAt500: number[] = [];
let p95At2000 = 0;
for (const count of [100, 500, 2000]) {
  const docs = syntheticDocuments(count);
  const buildStart = performance.now();
  const built = buildSearchIndex(docs);
  const build = performance.now() - buildStart;
  const parts = [gz(built.dictionary), built.shards.reduce((sum, shard) => sum + gz(shard), 0), built.fragments.reduce((sum, fragment) => sum + gz(fragment), 0)];
  const rawSize = raw(built.dictionary) + built.shards.reduce((sum, shard) => sum + raw(shard), 0) + built.fragments.reduce((sum, fragment) => sum + raw(fragment), 0);
  const engine = createSearch(built);
  const scan = createSubstringScan(docs);
  const rounds = count >= 2000 ? 10 : 20;
  const f = time(engine, rounds);
  const s = time(scan, rounds);
  if (count === 500) firstAt500 = firstResultBytes(built);
  if (count === 2000) p95At2000 = f.p95;
  console.log(
    `| ${count.toLocaleString('vi-VN')} | ${kb(rawSize)} | ${kb(parts[0] ?? 0)} + ${kb(parts[1] ?? 0)} + ${kb(parts[2] ?? 0)} = ${kb(parts.reduce((a, b) => a + b, 0))} | 1 + ${built.shards.length} + ${built.fragments.length} | ${ms(build)} | ${ms(f.p50)} / ${ms(f.p95)} | ${ms(s.p50)} / ${ms(s.p95)} |`,
  );
}
const budget = { bytes: 60 * 1024, p95: 10 };
const worst = Math.max(...firstAt500);
console.log(`\nBefore the first results at 500 documents: median ${kb(percentile(firstAt500, 50))} KB, worst ${kb(worst)} KB gzipped over ${QUERIES.length} queries (budget 60 KB): ${worst <= budget.bytes ? 'within budget' : 'OVER BUDGET'}.`);
console.log(`p95 at 2,000 documents: ${ms(p95At2000)} ms (budget ${budget.p95} ms): ${p95At2000 <= budget.p95 ? 'within budget' : 'OVER BUDGET'}.`);
console.log(`Load average during the run: ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (2 shared cores).`);
console.log(`Node ${process.version} on this machine; queries: ${QUERIES.length} (with and without tone marks, typos, a word being typed). The island's JavaScript is counted by npm run check:site.`);
process.exitCode = worst <= budget.bytes && p95At2000 <= budget.p95 ? 0 : 1;
