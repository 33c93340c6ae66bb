/**
 * Xóa dữ liệu minh họa: mọi bản ghi có illustrative: true trong content/hoat-dong/.
 * Bản ghi do cán bộ nhập (kể cả trong cùng tệp) được giữ nguyên.
 * Usage: npm run sample:remove [-- --root DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { removeIllustrativeRecords } from '../src/data/activities';
import { formatNumber } from '../src/lib/format/vi';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const result = removeIllustrativeRecords(resolve(values.root ?? process.cwd()));
console.log(
  result.records === 0
    ? 'Không có dữ liệu minh họa nào trong content/hoat-dong/.'
    : `Đã xóa ${formatNumber(result.records)} bản ghi minh họa: ${formatNumber(result.filesDeleted)} tệp bị xóa, ${formatNumber(result.filesChanged)} tệp còn bản ghi của cán bộ được giữ lại.`,
);
