/**
 * Search at scale: index size (raw and gzipped) and query latency p50/p95 at
 * 100, 500 and 2,000 synthetic Vietnamese documents, for fuse.js (what the
 * site ships) and a plain folded substring scan (baseline), in one run.
 * Usage: npm run bench:search
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createSearch, createSubstringScan, type SearchDocument } from '../src/lib/search/engine';

const WORDS = (
  'phòng chống mại dâm mua bán người lừa đảo việc làm lương cao học sinh sinh viên công nhân khu công nghiệp karaoke xoa bóp ' +
  'khách sạn nhà nghỉ cộng đồng pháp luật quyền lợi sức khỏe tình dục an toàn HIV xét nghiệm kỳ thị hỗ trợ đường dây nóng gia đình ' +
  'cha mẹ con cái trường học thầy cô bạn bè mạng xã hội Zalo Facebook hẹn hò ảnh riêng tư đe dọa giấy tờ tùy thân hợp đồng tiền cọc ' +
  'xuất khẩu lao động môi giới cảnh giác tố giác công an xã phường thị trấn huyện tỉnh Hưng Yên tuyên truyền loa truyền thanh tờ rơi'
).split(' ');
const KINDS = ['Bài phát thanh', 'Tờ rơi', 'Áp phích', 'Tiểu phẩm', 'Hỏi – đáp', 'Bài viết', 'Bài giảng', 'Tin tức'];
const AUDIENCES = ['Học sinh, sinh viên', 'Người lao động khu công nghiệp', 'Người lao động tại cơ sở kinh doanh dịch vụ', 'Cộng đồng'];

/** Mulberry32: a small seeded generator so every run measures the same documents. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function documents(count: number): SearchDocument[] {
  const next = random(164);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const phrase = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const title = phrase(6, 12);
    return {
      u: `/tai-lieu/tai-lieu-${i}/`,
      k: pick(KINDS),
      t: title.charAt(0).toUpperCase() + title.slice(1),
      s: `${phrase(18, 32)}.`,
      g: `${pick(AUDIENCES)} · ${phrase(2, 4)}`,
    };
  });
}

const QUERIES = ['mai dam', 'mại dâm', 'MẠI DÂM', 'lua dao viec lam', 'lừa đảo việc làm', 'hoc sinh', 'karaoke', 'xet nghiem hiv', 'giay to tuy than', 'lưa đao', 'cong nhan khu cong nghiep', 'duong day nong'];

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
console.log('| documents | index raw (KB) | index gzip (KB) | fuse.js build (ms) | fuse.js p50 / p95 (ms) | substring scan p50 / p95 (ms) |');
console.log('|---:|---:|---:|---:|---:|---:|');
let gzipAt500 = 0;
for (const count of [100, 500, 2000]) {
  const docs = documents(count);
  const json = JSON.stringify(docs);
  const gzip = gzipSync(json).length;
  if (count === 500) gzipAt500 = gzip;
  const buildStart = performance.now();
  const fuse = createSearch(docs);
  const build = performance.now() - buildStart;
  const scan = createSubstringScan(docs);
  const rounds = count >= 2000 ? 5 : 20;
  const f = time(fuse, rounds);
  const s = time(scan, rounds);
  console.log(`| ${count.toLocaleString('vi-VN')} | ${kb(json.length)} | ${kb(gzip)} | ${ms(build)} | ${ms(f.p50)} / ${ms(f.p95)} | ${ms(s.p50)} / ${ms(s.p95)} |`);
}
const budget = 60 * 1024;
console.log(`\nIndex at 500 documents: ${kb(gzipAt500)} KB gzipped (budget 60 KB): ${gzipAt500 <= budget ? 'within budget' : 'OVER BUDGET'}.`);
console.log(`Node ${process.version} on this machine; queries: ${QUERIES.length} (with and without tone marks, one typo).`);
process.exitCode = gzipAt500 <= budget ? 0 : 1;
