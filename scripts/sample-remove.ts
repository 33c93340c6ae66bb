/**
 * Xóa dữ liệu minh họa: mọi bản ghi có illustrative: true trong content/hoat-dong/,
 * và các tệp kế hoạch, báo cáo huyện minh họa (content/ke-hoach-huyen/, content/bao-cao-huyen/).
 * Bản ghi do cán bộ nhập (kể cả trong cùng tệp) được giữ nguyên.
 * Usage: npm run sample:remove [-- --root DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { removeIllustrativeRecords } from '../src/write/sample-activities';
import { removeIllustrativeDistrictFiles } from '../src/write/district-files';
import { formatNumber } from '../src/lib/format/vi';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(values.root ?? process.cwd());
const result = removeIllustrativeRecords(root);
const district = removeIllustrativeDistrictFiles(root);
console.log(
  result.records === 0
    ? 'Không có dữ liệu minh họa nào trong content/hoat-dong/.'
    : `Đã xóa ${formatNumber(result.records)} bản ghi minh họa: ${formatNumber(result.filesDeleted)} tệp bị xóa, ${formatNumber(result.filesChanged)} tệp còn bản ghi của cán bộ được giữ lại.`,
);
console.log(`Đã xóa ${formatNumber(district.plans)} kế hoạch và ${formatNumber(district.reports)} báo cáo minh họa của huyện.`);
