/**
 * Benchmark: validating (dry run) a 50,000-row activity import, as CSV and as XLSX.
 * Generates the files in a temporary folder with a temporary content root (the
 * real content/ is never touched), runs `import:activities` without --write in
 * a child process under /usr/bin/time -v, and prints wall time, rows/s and
 * peak memory (max RSS); also times the pure validation step in this process.
 * Usage: npm run bench:tracker-import [-- --rows 50000]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { getUnitRegistry } from '../src/data/units';
import { seededRandom } from '../src/lib/activities/sample';
import { csvTable } from '../src/lib/activities/import/table';
import { validateImport } from '../src/lib/activities/import/validate-import';
import { audiences, outreachFormats } from '../src/lib/taxonomy';
import { formatBytes, formatNumber } from '../src/lib/format/vi';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' } } });
const ROWS = Number(values.rows);
const TODAY = '2026-11-29';
const HEADER = ['ngay', 'ma_xa', 'ten_xa', 'hinh_thuc', 'doi_tuong', 'so_nguoi', 'mo_ta'];

const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const root = join(work, 'project');
for (const folder of ['don-vi-hanh-chinh', 'danh-muc', 'tai-lieu', 'ke-hoach']) {
  cpSync(join(process.cwd(), 'content', folder), join(root, 'content', folder), { recursive: true });
}

// Rows an officer might send: dates 2022–2025, units of the list valid on each date,
// labels as typed in Excel, 1% of rows with a mistake so the error report is exercised.
const registry = getUnitRegistry(root);
const random = seededRandom(50_000);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
const start = Date.parse('2022-01-01T00:00:00Z');
const days = (Date.parse('2025-12-31T00:00:00Z') - start) / 86_400_000;
const rows: (string | number | Date)[][] = [];
for (let i = 0; i < ROWS; i += 1) {
  const iso = new Date(start + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
  const unit = pick(registry.listOn(iso)!.units);
  const broken = i % 100 === 99;
  rows.push([
    `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
    broken ? '99999' : unit.code,
    `${unit.type} ${unit.name}`,
    pick(outreachFormats).label,
    pick(audiences).label,
    random() < 0.4 ? '' : String(Math.floor(random() * 300)),
    `Hoạt động tuyên truyền số ${i + 1} tại ${unit.name}, có hỏi đáp`,
  ]);
}
const quote = (cell: string | number | Date) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell));
const csvPath = join(work, 'hoat-dong-50k.csv');
writeFileSync(csvPath, `\uFEFF${[HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`);

const xlsxPath = join(work, 'hoat-dong-50k.xlsx');
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Hoạt động');
sheet.addRow(HEADER);
for (const row of rows) sheet.addRow(row);
await workbook.xlsx.writeFile(xlsxPath);

// The pure validation step alone, in this process.
const table = csvTable(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''));
const t0 = performance.now();
const result = validateImport(table, { registry, formats: outreachFormats, audiences, today: TODAY, reportingUnit: 'Thử nghiệm' }, new Map());
const validateSeconds = (performance.now() - t0) / 1000;

const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
function measure(file: string): { seconds: number; maxRssKb: number | null; status: number | null } {
  const command = ['npx', 'tsx', 'scripts/import-activities.ts', file, '--root', root, '--hom-nay', TODAY];
  const t = performance.now();
  const run = timeBinary
    ? spawnSync(timeBinary, ['-v', ...command], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  return { seconds, maxRssKb: rss ? Number(rss[1]) : null, status: run.status };
}

const csvRun = measure(csvPath);
const xlsxRun = measure(xlsxPath);
const rate = (seconds: number) => formatNumber(Math.round(ROWS / seconds));
const secs = (seconds: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(seconds)} s`;
const mem = (kb: number | null) => (kb === null ? 'n/a (no /usr/bin/time)' : formatBytes(kb * 1024));

console.log(`\nNhập ${formatNumber(ROWS)} dòng, chạy thử (không --write); ${formatNumber(result.problems.length)} dòng lỗi được báo như dự kiến (1%).`);
console.log('| what | file size | wall time | rows/s | peak memory (max RSS) | exit |');
console.log('|---|---|---|---|---|---|');
console.log(`| CSV, whole command (tsx start, read, validate, report) | ${formatBytes(statSync(csvPath).size)} | ${secs(csvRun.seconds)} | ${rate(csvRun.seconds)} | ${mem(csvRun.maxRssKb)} | ${csvRun.status} |`);
console.log(`| XLSX, whole command | ${formatBytes(statSync(xlsxPath).size)} | ${secs(xlsxRun.seconds)} | ${rate(xlsxRun.seconds)} | ${mem(xlsxRun.maxRssKb)} | ${xlsxRun.status} |`);
console.log(`| validation step only (validateImport, in process) | – | ${secs(validateSeconds)} | ${rate(validateSeconds)} | – | – |`);
rmSync(work, { recursive: true, force: true });
