import { IMPORT_COLUMNS, type ImportColumn } from '../activities/import/header';

/**
 * The desk's one-activity form, one definition for the server (src/desk/actions.ts)
 * and the phone's offline copy (offline-entry.ts): its fields as typed, how a post
 * is read, the importer's row it makes, and which field an importer problem belongs
 * to. Pure, and small enough for the browser.
 */
export interface HandFormInput {
  ngay: string;
  xa: string;
  hinhThuc: string;
  doiTuong: string[];
  soNguoi: string;
  moTa: string;
  taiLieu: string[];
  /** Slug of a campaign wave, or '' for none. */
  dot: string;
  donVi: string;
}

/** A form field, or "chung" for a problem of the whole entry. */
export type HandFormField = keyof HandFormInput | 'chung';

/** The form's fields from a post, read as the desk reads them (NFC, trimmed, empty choices dropped). */
export function readHandForm(form: FormData): HandFormInput {
  const text = (name: string) => String(form.get(name) ?? '').normalize('NFC').trim();
  const all = (name: string) => form.getAll(name).map((value) => String(value).normalize('NFC').trim()).filter((value) => value !== '');
  return { ngay: text('ngay'), xa: text('xa'), hinhThuc: text('hinh-thuc'), doiTuong: all('doi-tuong'), soNguoi: text('so-nguoi'), moTa: text('mo-ta'), taiLieu: all('tai-lieu'), dot: text('dot'), donVi: text('don-vi') };
}

/** The form's fields as the desk's POST names them. */
export function handFormFields(input: HandFormInput): [string, string][] {
  return [
    ['ngay', input.ngay],
    ['xa', input.xa],
    ['hinh-thuc', input.hinhThuc],
    ...input.doiTuong.map((value): [string, string] => ['doi-tuong', value]),
    ['so-nguoi', input.soNguoi],
    ['mo-ta', input.moTa],
    ...input.taiLieu.map((value): [string, string] => ['tai-lieu', value]),
    ['dot', input.dot],
    ['don-vi', input.donVi],
  ];
}

/** The importer's cells for the form (the unit by name; an entry kept before waves existed has no wave). */
export function handFormCells(input: HandFormInput): Record<ImportColumn, string> {
  return {
    ngay: input.ngay,
    ma_xa: '',
    ten_xa: input.xa,
    hinh_thuc: input.hinhThuc,
    doi_tuong: input.doiTuong.join(';'),
    so_nguoi: input.soNguoi,
    mo_ta: input.moTa,
    tai_lieu: input.taiLieu.join(';'),
    dot: input.dot ?? '',
  };
}

/** The importer's table of one row for the form: the same rules as a file. */
export function handFormTable(input: HandFormInput) {
  const cells = handFormCells(input);
  return { header: [...IMPORT_COLUMNS], rows: [{ row: 2, cells: IMPORT_COLUMNS.map((column) => cells[column]) }], description: 'biểu mẫu một hoạt động' };
}

/** Which form field a problem of an importer column belongs to. */
export const FIELD_OF_COLUMN: Record<ImportColumn | '*', HandFormField> = {
  ngay: 'ngay',
  ma_xa: 'xa',
  ten_xa: 'xa',
  hinh_thuc: 'hinhThuc',
  doi_tuong: 'doiTuong',
  so_nguoi: 'soNguoi',
  mo_ta: 'moTa',
  tai_lieu: 'taiLieu',
  dot: 'dot',
  '*': 'chung',
};
