/**
 * Benchmark: full site build with 0×, 1×, 10× and 100× the illustrative
 * activity data. Each run copies the project (without node_modules, .git, dist
 * and content/hoat-dong) to a temporary folder, symlinks node_modules,
 * generates the sample there (`sample:generate --scale N --root …`), runs the
 * content check alone, then `astro build` under /usr/bin/time -v, and prints
 * wall time and peak memory. The real content/ folder is never touched.
 * Each build runs `--repeat` times (default 2) and the fastest is reported:
 * on a 2-core machine other work easily adds seconds to one run.
 * Usage: npm run bench:tracker-build [-- --scales 0,1,10,100] [--repeat 2] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes, formatNumber } from '../src/lib/format/vi';

const { values } = parseArgs({
  options: { scales: { type: 'string', default: '0,1,10,100' }, repeat: { type: 'string', default: '2' }, keep: { type: 'boolean', default: false } },
});
const repeat = Math.max(1, Number(values.repeat));
const scales = values.scales.split(',').map(Number);
const project = process.cwd();
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'test-results', 'playwright-report', 'reports', 'benchmarks/out', 'content/hoat-dong']);
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const seconds = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

interface Measured {
  wallSeconds: number;
  maxRssKb: number | null;
  status: number | null;
  output: string;
}

function run(cwd: string, command: string[]): Measured {
  const started = performance.now();
  const child = spawnSync(timeBinary ?? command[0]!, timeBinary ? ['-v', ...command] : command.slice(1), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  return {
    wallSeconds: (performance.now() - started) / 1000,
    maxRssKb: rss ? Number(rss[1]) : null,
    status: child.status,
    output: `${child.stdout ?? ''}\n${(child.stderr ?? '').replace(/\n\s*Command being timed[\s\S]*$/, '')}`,
  };
}

function sizeOf(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files += 1;
        bytes += statSync(path).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

const rows: string[] = [];
const mem = (kb: number | null) => (kb === null ? 'n/a' : formatBytes(kb * 1024));
for (const scale of scales) {
  const copy = mkdtempSync(join(tmpdir(), `bench-build-${scale}x-`));
  cpSync(project, copy, { recursive: true, filter: (source) => !SKIP.has(relative(project, source).split('\\').join('/')) });
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'), 'dir');

  let records = '0';
  if (scale > 0) {
    const generated = run(copy, ['npx', 'tsx', 'scripts/sample-generate.ts', '--scale', String(scale), '--root', copy, '--hom-nay', '2026-11-29']);
    if (generated.status !== 0) throw new Error(`sample:generate ×${scale} failed:\n${generated.output}`);
    records = /Đã tạo ([\d.]+) hoạt động/.exec(generated.output)?.[1] ?? '?';
  }
  const data = sizeOf(join(copy, 'content/hoat-dong'));
  const check = run(copy, ['npx', 'tsx', 'scripts/check-content.ts']);
  const builds = Array.from({ length: repeat }, () => run(copy, ['npx', 'astro', 'build']));
  const build = builds.reduce((best, next) => (next.status === 0 && next.wallSeconds < best.wallSeconds ? next : best));
  const ok = build.status === 0 && check.status === 0;
  rows.push(
    `| ${scale}× | ${records} | ${formatNumber(data.files)} files, ${formatBytes(data.bytes)} | ${seconds.format(check.wallSeconds)} s, ${mem(check.maxRssKb)} | ${seconds.format(build.wallSeconds)} s | ${mem(build.maxRssKb)} | ${ok ? 'ok' : `FAILED (${build.status})`} |`,
  );
  if (!ok) console.error(`×${scale} failed:\n${(check.status !== 0 ? check.output : build.output).slice(-4000)}`);
  console.error(`… ×${scale}: builds ${builds.map((b) => `${seconds.format(b.wallSeconds)} s / ${mem(b.maxRssKb)}`).join(', ')}${values.keep ? `; kept in ${copy}` : ''}`);
  if (!values.keep) rmSync(copy, { recursive: true, force: true });
}

console.log('\nSite build with the illustrative activity data at several scales (each build reads and validates every activity file):');
console.log(`| scale | activities | content/hoat-dong | content check alone (time, peak RSS) | astro build wall time (best of ${repeat}) | astro build peak RSS | result |`);
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
