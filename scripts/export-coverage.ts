/**
 * Xuất bảng độ bao phủ theo xã của một năm, để mở bằng Excel.
 * Usage: npm run export:coverage -- --year YYYY --out FILE [--root DIR]
 * One row per unit of the list valid on 1 January; q1–q4 = activities in the
 * quarter; thuong_xuyen = 1 when active in at least regularQuartersPerYear
 * quarters (content/ke-hoach). In 2025 Q3–Q4 count the units each old unit
 * became part of on 01/07/2025 (column ghi_chu says which); see README.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLookups, loadActivities } from '../src/data/activities';
import { writeFileAtomic } from '../src/write/atomic';
import { planRuleForYear } from '../src/data/plan-rule';
import { getUnitRegistry } from '../src/data/units';
import { formatIssues } from '../src/lib/content/issues';
import { countActivities } from '../src/lib/coverage/counts';
import { coverageRows } from '../src/lib/coverage/export-rows';
import { yearRegularity } from '../src/lib/coverage/regularity';
import { toExcelCsv } from '../src/lib/csv/write';
import { formatNumber, formatPercent } from '../src/lib/format/vi';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { year: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' } } });
if (!values.year || !/^\d{4}$/.test(values.year) || !values.out) fail('Cách dùng: npm run export:coverage -- --year 2024 --out bao-phu-2024.csv');
const year = Number(values.year);
const root = resolve(values.root ?? process.cwd());

const registry = getUnitRegistry(root);
const loaded = loadActivities(root, defaultLookups(root, registry));
if (loaded.issues.length > 0) fail(`${formatIssues(loaded.issues)}\nSửa các lỗi trên trước khi xuất.`);
const plan = await planRuleForYear(root, year);
const regularity = yearRegularity(countActivities(loaded.records), registry, year, plan.regularQuartersPerYear);
if (!regularity) fail(`Không có danh sách đơn vị hành chính nào có hiệu lực ngày 01/01/${year}.`);

const { header, rows } = coverageRows(regularity, registry);
const out = resolve(values.out);
writeFileAtomic(out, toExcelCsv(header, rows));

console.log(`Đã ghi ${out}: ${formatNumber(rows.length)} đơn vị, theo ${regularity.list.label}.`);
console.log(
  `Duy trì thường xuyên (có hoạt động ở ít nhất ${plan.regularQuartersPerYear}/4 quý, theo Kế hoạch ${plan.number}): ${formatNumber(regularity.regularUnits)}/${formatNumber(rows.length)} đơn vị (${regularity.ratio === null ? '–' : formatPercent(regularity.ratio)}).`,
);
if (regularity.yearLists.length > 1) {
  console.log(
    `Năm ${year} có ${regularity.yearLists.length} danh sách đơn vị (${regularity.yearLists.map((l) => l.shortLabel).join('; ')}). Mỗi dòng theo danh sách ngày 01/01; các quý sau khi đổi danh sách đếm hoạt động của đơn vị mới mà đơn vị cũ đã nhập vào (xem cột ghi_chu).`,
  );
}
