/**
 * Tạo dữ liệu minh họa 2022–2025 (hạt giống cố định) để các bảng theo dõi có
 * số để hiển thị: hoạt động, kế hoạch năm và báo cáo chỉ tiêu của các huyện. Mọi bản ghi có illustrative: true và "(dữ liệu minh họa)".
 * Chạy lại thay dữ liệu minh họa cũ bằng bộ mới; không đụng bản ghi cán bộ nhập.
 * Usage: npm run sample:generate [-- --scale N] [--seed N] [--root DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createReader } from '@keystatic/core/reader';
import keystaticConfig from '../keystatic.config';
import { defaultLookups, pathOfSlug } from '../src/data/activities';
import { loadWaves } from '../src/data/waves';
import { linkSampleWaves } from '../src/write/wave-link';
import { removeIllustrativeRecords } from '../src/write/sample-activities';
import { writeFileAtomic } from '../src/write/atomic';
import { removeIllustrativeDistrictFiles, writeDistrictSample } from '../src/write/district-files';
import { getUnitRegistry } from '../src/data/units';
import { isoDateIn } from '../src/lib/calendar/dates';
import { generateSample } from '../src/lib/activities/sample';
import { generateDistrictSample } from '../src/lib/district/sample';
import { addActivitiesToText, newActivityFileText } from '../src/lib/activities/yaml-file';
import { formatNumber } from '../src/lib/format/vi';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '164' }, root: { type: 'string' }, 'hom-nay': { type: 'string' } },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!Number.isFinite(scale) || scale <= 0 || !Number.isInteger(seed)) {
  console.error('--scale là số dương, --seed là số nguyên.');
  process.exit(1);
}
const root = resolve(values.root ?? process.cwd());
const registry = getUnitRegistry(root);
const materials = (await createReader(root, keystaticConfig).collections.taiLieu.all()).map(({ slug, entry }) => ({ slug, audiences: entry.audiences }));

const years = [2022, 2023, 2024, 2025];
const removed = removeIllustrativeRecords(root);
const started = performance.now();
const files = generateSample({ registry, years, seed, scale, today: values['hom-nay'] ?? isoDateIn(new Date()), materials });
let records = 0;
for (const [slug, { header, records: list }] of files) {
  const path = join(root, pathOfSlug(slug));
  writeFileAtomic(path, existsSync(path) ? addActivitiesToText(readFileSync(path, 'utf8'), list) : newActivityFileText(header, list));
  records += list.length;
}
const linked = await linkSampleWaves(root, loadWaves(root).waves, registry, defaultLookups(root, registry));
removeIllustrativeDistrictFiles(root);
const district = writeDistrictSample(root, generateDistrictSample(registry, years, seed));
if (removed.records > 0) console.log(`Đã xóa ${formatNumber(removed.records)} bản ghi minh họa cũ.`);
console.log(
  `Đã tạo ${formatNumber(records)} hoạt động minh họa (dữ liệu minh họa, không phải số liệu thật) trong ${formatNumber(files.size)} tệp content/hoat-dong/, hạt giống ${seed}, hệ số ${scale}, ${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((performance.now() - started) / 1000)} giây. Xóa bằng: npm run sample:remove`,
);
if (linked > 0) console.log(`Đã gắn ${formatNumber(linked)} hoạt động minh họa vào các đợt cao điểm minh họa (content/dot-chien-dich/).`);
console.log(
  `Đã tạo ${formatNumber(district.written)} tệp kế hoạch, báo cáo minh họa của huyện (content/ke-hoach-huyen/, content/bao-cao-huyen/)${district.kept > 0 ? `; giữ nguyên ${formatNumber(district.kept)} tệp cán bộ đã nhập cho cùng huyện, năm` : ''}.`,
);
