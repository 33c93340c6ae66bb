/**
 * Xuất danh sách hoạt động ra CSV (UTF-8 có BOM) để mở bằng Excel, cùng các
 * cột với tệp nhập: ngay,ma_xa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta.
 * Usage: npm run export:activities -- --from YYYY-MM-DD --to YYYY-MM-DD [--district CODE] --out FILE [--delimiter ";"] [--root DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLookups, loadActivities } from '../src/data/activities';
import { writeFileAtomic } from '../src/write/atomic';
import { getUnitRegistry } from '../src/data/units';
import { isCalendarDate } from '../src/lib/calendar/dates';
import { exportActivityRows } from '../src/lib/activities/export';
import { formatIssues } from '../src/lib/content/issues';
import { toExcelCsv } from '../src/lib/csv/write';
import { formatDate, formatNumber } from '../src/lib/format/vi';
import { audiences, outreachFormats } from '../src/lib/taxonomy';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    district: { type: 'string' },
    out: { type: 'string' },
    delimiter: { type: 'string', default: ',' },
    root: { type: 'string' },
  },
});
const usage = 'Cách dùng: npm run export:activities -- --from 2024-01-01 --to 2024-12-31 [--district 323] --out hoat-dong-2024.csv';
if (!values.from || !values.to || !values.out) fail(usage);
if (!isCalendarDate(values.from) || !isCalendarDate(values.to)) fail(`--from và --to là ngày dạng YYYY-MM-DD. ${usage}`);
if (values.from > values.to) fail('--from phải trước hoặc bằng --to.');
if (values.delimiter !== ',' && values.delimiter !== ';') fail('--delimiter chỉ nhận "," hoặc ";".');
const root = resolve(values.root ?? process.cwd());

const registry = getUnitRegistry(root);
if (values.district && !registry.lists.some((list) => list.districts.some((d) => d.code === values.district))) {
  fail(`Không có huyện mã "${values.district}". Mã huyện: ${registry.lists[0]?.districts.map((d) => `${d.code} ${d.name}`).join(', ')}.`);
}
const loaded = loadActivities(root, defaultLookups(root, registry));
if (loaded.issues.length > 0) fail(`${formatIssues(loaded.issues)}\nSửa các lỗi trên trước khi xuất.`);
const { header, rows } = exportActivityRows(loaded.records, registry, { formats: outreachFormats, audiences }, { from: values.from, to: values.to, district: values.district });
const out = resolve(values.out);
writeFileAtomic(out, toExcelCsv(header, rows, values.delimiter));
console.log(`Đã ghi ${out}: ${formatNumber(rows.length)} hoạt động từ ${formatDate(values.from)} đến ${formatDate(values.to)}${values.district ? `, huyện ${values.district}` : ''}.`);
if (values.district && values.to >= '2025-07-01') {
  console.log('Từ 01/07/2025 không còn cấp huyện: lấy các xã, phường mới được hình thành từ đơn vị thuộc huyện này.');
}
