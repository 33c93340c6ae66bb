import { fold } from '../../text/fold';

/** The required import columns, in the order officers' templates have them. */
export const REQUIRED_COLUMNS = ['ngay', 'ma_xa', 'ten_xa', 'hinh_thuc', 'doi_tuong', 'so_nguoi', 'mo_ta'] as const;
/** Columns a file may leave out: materials used (the Excel template and the desk's form fill it), the campaign wave. */
export const OPTIONAL_COLUMNS = ['tai_lieu', 'dot'] as const;
/** Every column the importer reads: the required ones, then the optional ones. */
export const IMPORT_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const HEADER_LINE = REQUIRED_COLUMNS.join(',');

/**
 * The column titles of the Excel template, in plain Vietnamese. A header cell
 * is read with tone marks, case and spaces ignored, so "Mã xã" is the column
 * ma_xa, as is "ma_xa" itself.
 */
export const COLUMN_TITLES: Record<ImportColumn, string> = {
  ngay: 'Ngày',
  ma_xa: 'Mã xã',
  ten_xa: 'Tên xã',
  hinh_thuc: 'Hình thức',
  doi_tuong: 'Đối tượng',
  so_nguoi: 'Số người',
  mo_ta: 'Mô tả',
  tai_lieu: 'Tài liệu',
  dot: 'Đợt',
};

/** What each column holds, for messages. */
export const COLUMN_HELP: Record<ImportColumn, string> = {
  ngay: 'ngày, dạng dd/mm/yyyy hoặc yyyy-mm-dd',
  ma_xa: 'mã xã 5 chữ số (để trống khi đã có tên xã)',
  ten_xa: 'tên xã như trong danh sách thả xuống của mẫu Excel (cần khi không ghi mã xã)',
  hinh_thuc: 'hình thức tuyên truyền',
  doi_tuong: 'đối tượng, cách nhau bằng dấu ;',
  so_nguoi: 'số người tham dự (để trống nếu không đếm)',
  mo_ta: 'mô tả ngắn',
  tai_lieu: 'tài liệu đã dùng (tên tài liệu trong thư viện), cách nhau bằng dấu ; (không bắt buộc)',
  dot: 'đợt cao điểm mà hoạt động thuộc về (tên hoặc đường dẫn của đợt), chỉ khi ngày, xã và hình thức nằm trong đợt (không bắt buộc)',
};

export type HeaderCheck =
  | { ok: true; index: Partial<Record<ImportColumn, number>> & Record<(typeof REQUIRED_COLUMNS)[number], number> }
  | { ok: false; problems: { vi: string; en: string }[] };

/** "Mã xã " → "ma_xa": how a header cell is compared to find what was meant. */
const loose = (cell: string) => fold(cell.normalize('NFC')).trim().toLowerCase().replace(/[\s-]+/g, '_');

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The column an unknown header cell was probably meant to be. */
function guess(cell: string, missing: readonly ImportColumn[]): ImportColumn | undefined {
  const key = loose(cell);
  return missing.find((column) => column === key) ?? missing.find((column) => distance(column, key) <= 2);
}

/**
 * Checks the header row: the seven required columns and any optional one, in
 * any order, each once, by id ("ma_xa") or title ("Mã xã").
 * Empty trailing header cells (Excel's extra separators) are ignored. Every
 * problem says how to fix it, and the expected header line is given.
 */
export function checkHeader(cells: readonly string[]): HeaderCheck {
  const names = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
  const problems: { vi: string; en: string }[] = [];
  const index: Partial<Record<ImportColumn, number>> = {};
  const unknown: { name: string; position: number }[] = [];
  names.forEach((name, position) => {
    if (name === '') return;
    const column = IMPORT_COLUMNS.find((c) => c === loose(name));
    if (!column) unknown.push({ name, position });
    else if (index[column] !== undefined) {
      problems.push({ vi: `cột "${column}" có hai lần (cột thứ ${index[column]! + 1} và ${position + 1}); xóa một cột`, en: `column ${column} appears twice` });
    } else index[column] = position;
  });
  const missing = IMPORT_COLUMNS.filter((column) => index[column] === undefined);
  const missingRequired = REQUIRED_COLUMNS.filter((column) => index[column] === undefined);
  for (const { name, position } of unknown) {
    const meant = guess(name, missing);
    problems.push(
      meant
        ? { vi: `cột thứ ${position + 1} tên "${name}" sai chính tả: đổi thành "${COLUMN_TITLES[meant]}" (hoặc "${meant}")`, en: `column "${name}" should be "${meant}"` }
        : { vi: `cột thứ ${position + 1} tên "${name}" không dùng: xóa cột này`, en: `unexpected column "${name}"` },
    );
  }
  const guessed = new Set(unknown.map(({ name }) => guess(name, missing)));
  for (const column of missingRequired) {
    if (!guessed.has(column)) {
      problems.push({ vi: `thiếu cột "${column}" (${COLUMN_HELP[column]}): thêm cột này vào dòng tiêu đề`, en: `missing column "${column}"` });
    }
  }
  if (problems.length > 0) {
    problems.push({ vi: `Dòng tiêu đề đúng là: ${HEADER_LINE}`, en: `The header must be: ${HEADER_LINE}` });
    return { ok: false, problems };
  }
  return { ok: true, index: index as Extract<HeaderCheck, { ok: true }>['index'] };
}
