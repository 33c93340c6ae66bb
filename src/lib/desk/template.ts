import ExcelJS from 'exceljs';
import { activityLimits } from '../activities/limits';
import { DATA_SHEET } from '../activities/import/table';
import { COLUMN_HELP, COLUMN_TITLES, IMPORT_COLUMNS, type ImportColumn } from '../activities/import/header';
import { formatDate } from '../format/vi';
import type { TaxonomyItem } from '../taxonomy/taxonomy';
import { unitChoices, type UnitChoice } from '../units/choices';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit, UnitList } from '../units/types';
import { listsInPeriod, periodKey, periodLabel, periodRange, type ReportPeriod } from '../calendar/periods';

/**
 * The Excel template an officer downloads, fills and uploads at the desk.
 * Sheet 1 "Hoạt động" is what the importer reads (header = COLUMN_TITLES);
 * "Hướng dẫn" explains it with one example row; "Đơn vị" lists the units of
 * the period; "Danh mục" holds the drop-down lists. Pure: bytes out.
 */

export type TemplateArea = { kind: 'district'; listId: string; code: string } | { kind: 'unit'; listId: string; code: string };

export interface TemplateInput {
  registry: UnitRegistry;
  period: ReportPeriod;
  /** Only this district's or unit's units in the drop-down (and their successors or predecessors in the period's other lists). */
  area?: TemplateArea;
  formats: readonly TaxonomyItem[];
  audiences: readonly TaxonomyItem[];
  materials: readonly { slug: string; title: string }[];
  /** Campaign waves whose dates meet the period, for the optional "Đợt" column's drop-down. */
  waves?: readonly { slug: string; name: string; start: string; end: string }[];
  /** ISO date the template is made (no clock is read here). */
  today: string;
}

/** Sheet names, in workbook order. */
export const TEMPLATE_SHEETS = { data: DATA_SHEET, help: 'Hướng dẫn', units: 'Đơn vị', lists: 'Danh mục' } as const;
/** Prepared (formatted and validated) data rows below the title row. */
export const TEMPLATE_ROWS = 500;

const CREATOR = 'Nền tảng truyền thông phòng, chống mại dâm tỉnh Hưng Yên';
const COLUMN_WIDTHS: Record<ImportColumn, number> = {
  ngay: 13,
  ma_xa: 10,
  ten_xa: 36,
  hinh_thuc: 24,
  doi_tuong: 36,
  so_nguoi: 10,
  mo_ta: 60,
  tai_lieu: 40,
  dot: 40,
};
/** Columns of the "Danh mục" sheet. */
const LIST_COLUMNS = { units: 'A', formats: 'B', audiences: 'C', materials: 'D', waves: 'E' } as const;

/** One unit list of the period with the drop-down choices it gives (restricted to the area). */
export interface TemplateList {
  list: UnitList;
  choices: UnitChoice[];
}

const byLabel = (a: string, b: string) => a.localeCompare(b, 'vi');

/** The units an area covers in one list: itself in its own list, what it became in later lists, what it came from in earlier ones. */
function areaUnits(registry: UnitRegistry, area: TemplateArea, list: UnitList): Set<string> {
  const base: AdminUnit[] =
    area.kind === 'unit'
      ? [registry.unit(area.listId, area.code)].filter((u): u is AdminUnit => u !== undefined)
      : (registry.listById(area.listId)?.units ?? []).filter((u) => u.districtCode === area.code);
  if (list.id === area.listId) return new Set(base.map((u) => u.code));
  const order = (id: string) => registry.lists.findIndex((l) => l.id === id);
  const later = order(list.id) > order(area.listId);
  const codes = new Set<string>();
  for (const u of base) {
    const found = later ? registry.successors(u.listId, u.code, list.id).units : registry.predecessors(u.listId, u.code, list.id);
    for (const f of found) codes.add(f.code);
  }
  return codes;
}

/** The unit lists of the period, each with its drop-down choices (only the area's when given); lists left with none are dropped. */
export function templateLists(registry: UnitRegistry, period: ReportPeriod, area?: TemplateArea): TemplateList[] {
  return listsInPeriod(registry, period)
    .map((list) => {
      const choices = unitChoices(list);
      if (!area) return { list, choices };
      const codes = areaUnits(registry, area, list);
      return { list, choices: choices.filter((c) => codes.has(c.unit.code)) };
    })
    .filter((entry) => entry.choices.length > 0);
}

/** The drop-down's labels: every list's choices, deduplicated, in Vietnamese order. */
export function templateUnitLabels(lists: readonly TemplateList[]): string[] {
  return [...new Set(lists.flatMap((entry) => entry.choices.map((c) => c.label)))].sort(byLabel);
}

/** "mau-nhap-hoat-dong-2025-Q3.xlsx", "mau-nhap-hoat-dong-2025-huyen-323.xlsx", "…-xa-12025.xlsx": ASCII only. */
export function templateFileName(input: Pick<TemplateInput, 'period' | 'area'>): string {
  const area = input.area ? `-${input.area.kind === 'district' ? 'huyen' : 'xa'}-${input.area.code.replace(/[^0-9A-Za-z]/g, '')}` : '';
  return `mau-nhap-hoat-dong-${periodKey(input.period)}${area}.xlsx`;
}

/** ISO date → the Date Excel stores for that day (UTC midnight, as the importer reads it back). */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const minDate = (...dates: string[]) => dates.reduce((a, b) => (b < a ? b : a));
const maxDate = (...dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

function listSpan(list: UnitList, period: { start: string; end: string }) {
  return { from: maxDate(list.validFrom, period.start), to: list.validTo === null ? period.end : minDate(list.validTo, period.end) };
}

function areaName(registry: UnitRegistry, area: TemplateArea | undefined): string {
  if (!area) return `toàn tỉnh ${registry.province.name}`;
  const list = registry.listById(area.listId);
  if (area.kind === 'district') {
    const district = registry.district(area.listId, area.code);
    return `${district ? `${district.type} ${district.name}` : `huyện mã ${area.code}`}${list ? `, theo ${list.label}` : ''}`;
  }
  const unit = registry.unit(area.listId, area.code);
  const label = list && unit ? unitChoices(list).find((c) => c.unit === unit)?.label : undefined;
  return `${label ?? `đơn vị mã ${area.code}`}${list ? `, theo ${list.label}` : ''}`;
}

/** The example row of "Hướng dẫn": a unit, format and audiences the template offers, on a day the importer accepts. */
function exampleRow(input: TemplateInput, lists: readonly TemplateList[], range: { start: string; end: string }): Record<ImportColumn, ExcelJS.CellValue> {
  const last = lists[lists.length - 1]!;
  const span = listSpan(last.list, range);
  const date = maxDate(span.from, minDate(addDays(span.from, 14), span.to, input.today));
  const format = input.formats.find((f) => f.id === 'hoi-nghi') ?? input.formats[0];
  const preferred = ['cong-dong', 'hoc-sinh-sinh-vien'].flatMap((id) => input.audiences.find((a) => a.id === id) ?? []);
  const audiences = preferred.length === 2 ? preferred : input.audiences.slice(0, 2);
  const description =
    format?.id === 'hoi-nghi'
      ? 'Hội nghị tuyên truyền phòng, chống mại dâm cho đoàn viên thanh niên và người dân trên địa bàn'
      : 'Tuyên truyền phòng, chống mại dâm cho đoàn viên thanh niên và người dân trên địa bàn';
  return {
    ngay: excelDate(date),
    ma_xa: '',
    ten_xa: last.choices[0]!.label,
    hinh_thuc: format?.label ?? '',
    doi_tuong: audiences.map((a) => a.label).join('; '),
    so_nguoi: 120,
    mo_ta: description,
    tai_lieu: input.materials[0]?.title ?? '',
    dot: '',
  };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const EXAMPLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const THIN: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } } };

function titleRow(sheet: ExcelJS.Worksheet, titles: readonly string[], rowNumber = 1) {
  const row = sheet.getRow(rowNumber);
  titles.forEach((title, i) => {
    const cell = row.getCell(i + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  return row;
}

/** Builds the template workbook and returns its .xlsx bytes. Throws when the period (and area) has no unit to offer. */
export async function buildTemplate(input: TemplateInput): Promise<Uint8Array> {
  const { registry, period } = input;
  const range = periodRange(period);
  const lists = templateLists(registry, period, input.area);
  if (lists.length === 0) {
    throw new Error(`Không có đơn vị hành chính nào cho ${periodLabel(period)} ở khu vực đã chọn: chọn kỳ hoặc khu vực khác.`);
  }
  const unitLabels = templateUnitLabels(lists);
  const formatLabels = input.formats.map((f) => f.label);
  const audienceLabels = input.audiences.map((a) => a.label);
  const materialTitles = input.materials.map((m) => m.title).sort(byLabel);
  const waveNames = (input.waves ?? []).filter((w) => w.start <= range.end && w.end >= range.start).map((w) => w.name).sort(byLabel);
  const label = periodLabel(period);
  /** "năm 2025", "quý 3/2025": the label inside a sentence. */
  const inText = label.charAt(0).toLowerCase() + label.slice(1);
  const example = exampleRow(input, lists, range);
  const severalAudiences = String(example.doi_tuong);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.title = `Mẫu nhập hoạt động tuyên truyền phòng, chống mại dâm, ${label}`;
  workbook.subject = `Báo cáo hoạt động tuyên truyền ${inText}, ${areaName(registry, input.area)}`;
  workbook.company = CREATOR;
  workbook.created = excelDate(input.today);
  workbook.modified = excelDate(input.today);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const data = workbook.addWorksheet(TEMPLATE_SHEETS.data, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }] });
  const help = workbook.addWorksheet(TEMPLATE_SHEETS.help);
  const unitsSheet = workbook.addWorksheet(TEMPLATE_SHEETS.units, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const listsSheet = workbook.addWorksheet(TEMPLATE_SHEETS.lists);

  // "Danh mục": the lists the drop-downs point at (a range, not an inline list: Excel caps those at 255 characters).
  const listColumns: [keyof typeof LIST_COLUMNS, string, string[]][] = [
    ['units', 'Tên xã, phường', unitLabels],
    ['formats', 'Hình thức', formatLabels],
    ['audiences', 'Đối tượng', audienceLabels],
    ['materials', 'Tài liệu', materialTitles],
    ['waves', 'Đợt cao điểm', waveNames],
  ];
  titleRow(listsSheet, listColumns.map(([, title]) => title));
  listsSheet.getCell('A1').note = 'Các danh sách cho ô thả xuống của trang "Hoạt động". Không sửa trang này.';
  const rangeOf: Partial<Record<keyof typeof LIST_COLUMNS, string>> = {};
  for (const [key, , values] of listColumns) {
    const column = LIST_COLUMNS[key];
    values.forEach((value, i) => {
      listsSheet.getCell(`${column}${i + 2}`).value = value;
    });
    listsSheet.getColumn(column).width = Math.min(60, Math.max(16, ...values.map((v) => v.length + 2)));
    if (values.length > 0) rangeOf[key] = `'${TEMPLATE_SHEETS.lists}'!$${column}$2:$${column}$${values.length + 1}`;
  }
  await listsSheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  // "Hoạt động": the title row the importer reads, then prepared rows.
  const columnNumber = (column: ImportColumn) => IMPORT_COLUMNS.indexOf(column) + 1;
  const header = titleRow(data, IMPORT_COLUMNS.map((c) => COLUMN_TITLES[c]));
  header.height = 30;
  IMPORT_COLUMNS.forEach((column) => {
    header.getCell(columnNumber(column)).note = `${COLUMN_TITLES[column]}: ${COLUMN_HELP[column]}`;
    data.getColumn(columnNumber(column)).width = COLUMN_WIDTHS[column];
  });

  const from = formatDate(range.start);
  const to = formatDate(range.end);
  const { description, participants } = activityLimits;
  const validations: Partial<Record<ImportColumn, ExcelJS.DataValidation>> = {
    ngay: {
      type: 'date',
      operator: 'between',
      formulae: [excelDate(range.start), excelDate(range.end)],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Ngày',
      prompt: `Ngày tổ chức hoạt động, dạng dd/mm/yyyy, từ ${from} đến ${to}.`,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Ngày ngoài kỳ báo cáo',
      error: `Ngày phải từ ${from} đến ${to} (${label}), gõ dạng dd/mm/yyyy, ví dụ ${formatDate(addDays(range.start, 14))}. Nếu Excel không nhận, gõ dạng ${addDays(range.start, 14)}.`,
    },
    ma_xa: {
      type: 'textLength',
      operator: 'equal',
      formulae: [5],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Mã xã (không bắt buộc)',
      prompt: 'Để trống khi đã chọn Tên xã. Chỉ ghi khi biết mã 5 chữ số.',
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Mã xã không đúng',
      error: 'Mã xã gồm 5 chữ số. Nếu không biết mã, để trống và chọn Tên xã.',
    },
    ten_xa: {
      type: 'list',
      formulae: [rangeOf.units],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Tên xã, phường',
      prompt: 'Bấm mũi tên bên phải ô và chọn tên trong danh sách. Danh sách đầy đủ ở trang "Đơn vị".',
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Tên xã không có trong danh sách',
      error: 'Chọn tên xã, phường trong danh sách thả xuống (bấm mũi tên bên phải ô). Xem trang "Đơn vị".',
    },
    hinh_thuc: {
      type: 'list',
      formulae: [rangeOf.formats],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Hình thức',
      prompt: 'Chọn một hình thức trong danh sách thả xuống.',
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Hình thức không có',
      error: 'Chọn một hình thức trong danh sách thả xuống.',
    },
    doi_tuong: {
      type: 'list',
      formulae: [rangeOf.audiences],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Đối tượng',
      prompt: `Chọn trong danh sách. Nhiều đối tượng: gõ các tên cách nhau bằng dấu ; (chấm phẩy)${severalAudiences.includes(';') ? `, ví dụ "${severalAudiences}"` : ''}. Excel không báo lỗi khi gõ như vậy.`,
      // Several audiences separated by ";" are not one item of the list: never refuse them.
      showErrorMessage: false,
      errorStyle: 'information',
    },
    so_nguoi: {
      type: 'whole',
      operator: 'between',
      formulae: [participants.min, participants.max],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Số người',
      prompt: 'Số người tham dự, số nguyên. Để trống nếu không đếm được.',
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Số người không đúng',
      error: `Ghi số nguyên từ ${participants.min} đến ${participants.max.toLocaleString('vi-VN')}, hoặc để trống nếu không đếm được.`,
    },
    mo_ta: {
      type: 'textLength',
      operator: 'between',
      formulae: [description.min, description.max],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Mô tả',
      prompt: `Mô tả ngắn hoạt động (nội dung, địa điểm), từ ${description.min} đến ${description.max} ký tự.`,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Mô tả quá ngắn hoặc quá dài',
      error: `Mô tả cần từ ${description.min} đến ${description.max} ký tự.`,
    },
  };
  if (rangeOf.waves !== undefined) {
    validations.dot = {
      type: 'list',
      formulae: [rangeOf.waves],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Đợt cao điểm (không bắt buộc)',
      prompt: 'Chọn đợt khi ngày, xã và hình thức của hoạt động nằm trong đợt. Để trống nếu không thuộc đợt nào.',
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Không có đợt này',
      error: 'Chọn tên đợt trong danh sách thả xuống, hoặc để trống.',
    };
  } else {
    validations.dot = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [32767],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Đợt cao điểm (không bắt buộc)',
      prompt: 'Chưa có đợt cao điểm nào trong kỳ này: để trống.',
      showErrorMessage: false,
    };
  }
  if (rangeOf.formats === undefined) delete validations.hinh_thuc;
  if (rangeOf.audiences === undefined) delete validations.doi_tuong;
  const materialsPrompt: ExcelJS.DataValidation = {
    // Free text: any length a cell takes; the validation only carries the prompt.
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [32767],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: 'Tài liệu (không bắt buộc)',
    prompt: 'Tên tài liệu đã dùng, đúng như cột "Tài liệu" của trang "Danh mục"; nhiều tài liệu cách nhau bằng dấu ; (chấm phẩy). Để trống nếu không dùng.',
    showErrorMessage: false,
  };

  const styles: Partial<Record<ImportColumn, Partial<ExcelJS.Style>>> = {
    ngay: { numFmt: 'dd/mm/yyyy', alignment: { vertical: 'top', horizontal: 'left' } },
    ma_xa: { numFmt: '@', alignment: { vertical: 'top' } },
    so_nguoi: { numFmt: '0', alignment: { vertical: 'top' } },
    mo_ta: { alignment: { vertical: 'top', wrapText: true } },
    tai_lieu: { alignment: { vertical: 'top', wrapText: true } },
  };
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r += 1) {
    const row = data.getRow(r);
    for (const column of IMPORT_COLUMNS) {
      const cell = row.getCell(columnNumber(column));
      const style = styles[column] ?? { alignment: { vertical: 'top' } };
      if (style.numFmt) cell.numFmt = style.numFmt;
      if (style.alignment) cell.alignment = style.alignment;
    }
  }
  // One validation per column range: exceljs's per-cell validations are written as overlapping ranges, which Excel repairs.
  const dataValidations = (data as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  for (const column of IMPORT_COLUMNS) {
    const letter = data.getColumn(columnNumber(column)).letter;
    dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, validations[column] ?? materialsPrompt);
  }

  // "Đơn vị": every unit the drop-down offers, by list.
  titleRow(unitsSheet, ['Danh sách', 'Hiệu lực từ', 'Hiệu lực đến', 'Mã xã', 'Tên xã (như trong danh sách thả xuống)', 'Huyện']);
  let unitRows = 1;
  for (const { list, choices } of lists) {
    for (const choice of choices) {
      const district = registry.district(list.id, choice.unit.districtCode);
      unitRows += 1;
      const row = unitsSheet.getRow(unitRows);
      row.values = [list.label, formatDate(list.validFrom), list.validTo === null ? 'nay' : formatDate(list.validTo), choice.unit.code, choice.label, district ? `${district.type} ${district.name}` : ''];
      row.getCell(4).numFmt = '@';
    }
  }
  [34, 13, 13, 10, 44, 24].forEach((width, i) => {
    unitsSheet.getColumn(i + 1).width = width;
  });
  unitsSheet.autoFilter = `A1:F${unitRows}`;

  // "Hướng dẫn": plain instructions, then one example row.
  help.getColumn(1).width = 7;
  IMPORT_COLUMNS.forEach((column) => {
    help.getColumn(columnNumber(column) + 1).width = COLUMN_WIDTHS[column];
  });
  const TEXT_SPAN = 6;
  const textWidth = [...Array(TEXT_SPAN).keys()].reduce((sum, i) => sum + (help.getColumn(i + 2).width ?? 10), 0);
  let line = 0;
  const paragraph = (text: string, options: { bold?: boolean; size?: number; marker?: string } = {}) => {
    line += 1;
    const row = help.getRow(line);
    if (options.marker) row.getCell(1).value = options.marker;
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'right' };
    const cell = row.getCell(2);
    cell.value = text;
    cell.alignment = { vertical: 'top', wrapText: true };
    if (options.bold || options.size) cell.font = { bold: options.bold ?? false, size: options.size ?? 11 };
    help.mergeCells(line, 2, line, 1 + TEXT_SPAN);
    const lines = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil((part.length * 1.1) / textWidth)), 0);
    row.height = Math.round(Math.max(15, lines * 15 * ((options.size ?? 11) / 11))) + 2;
  };
  const blank = () => {
    line += 1;
  };

  const multi = lists.length > 1;
  paragraph(`Mẫu nhập hoạt động tuyên truyền phòng, chống mại dâm, ${label}`, { bold: true, size: 14 });
  paragraph(`Kỳ báo cáo: ${label} (từ ${from} đến ${to}). Khu vực: ${areaName(registry, input.area)}. Mẫu tạo ngày ${formatDate(input.today)}.`);
  blank();
  paragraph('Cách điền', { bold: true, size: 12 });
  const steps = [
    `Ghi vào trang "${TEMPLATE_SHEETS.data}" (trang đầu tiên). Mỗi hoạt động ghi một dòng, bắt đầu từ dòng 2. Không ghi gộp nhiều hoạt động vào một dòng.`,
    'Không sửa, không xóa, không đổi thứ tự dòng tiêu đề (dòng 1) và không đổi tên trang "Hoạt động".',
    `Ngày: ngày tổ chức hoạt động, gõ dạng dd/mm/yyyy, ví dụ ${formatDate(addDays(range.start, 14))}. Ngày phải trong kỳ báo cáo, từ ${from} đến ${to}, và không sau ngày gửi báo cáo. Nếu Excel không nhận ngày gõ như vậy, gõ dạng năm-tháng-ngày, ví dụ ${addDays(range.start, 14)}.`,
    'Tên xã: bấm vào ô, bấm mũi tên bên phải ô và chọn tên xã, phường trong danh sách thả xuống. Khi có hai xã cùng tên, tên có kèm tên huyện. Danh sách đầy đủ, kèm mã và huyện, ở trang "Đơn vị".',
    'Mã xã: không bắt buộc, để trống khi đã chọn tên xã. Nếu ghi mã thì ghi đủ 5 chữ số.',
    'Hình thức: chọn một hình thức trong danh sách thả xuống.',
    `Đối tượng: chọn một đối tượng trong danh sách thả xuống. Hoạt động cho nhiều đối tượng thì gõ các tên cách nhau bằng dấu chấm phẩy ";"${severalAudiences.includes(';') ? `, ví dụ "${severalAudiences}"` : ''}.`,
    'Số người: số người tham dự, là số nguyên. Để trống nếu không đếm được số người (ví dụ phát loa, đăng tin).',
    `Mô tả: mô tả ngắn nội dung và địa điểm hoạt động, từ ${description.min} đến ${description.max} ký tự.`,
    'Tài liệu: không bắt buộc. Ghi tên tài liệu đã dùng, đúng như cột "Tài liệu" của trang "Danh mục"; nhiều tài liệu cách nhau bằng dấu chấm phẩy ";".',
  ];
  steps.forEach((text, i) => paragraph(text, { marker: `${i + 1}.` }));
  blank();
  paragraph('Danh sách đơn vị hành chính', { bold: true, size: 12 });
  if (multi) {
    paragraph(
      `Trong ${inText} có ${lists.length} danh sách đơn vị hành chính: ${lists.map(({ list }) => list.label).join('; ')}. ` +
        'Danh sách thả xuống có tên xã, phường của tất cả các danh sách đó. Ngày của dòng quyết định danh sách nào được dùng:',
    );
    for (const { list } of lists) {
      const span = listSpan(list, range);
      paragraph(`hoạt động từ ${formatDate(span.from)} đến ${formatDate(span.to)}: chọn tên theo ${list.label} (cột "Danh sách" ở trang "Đơn vị").`, { marker: '•' });
    }
    paragraph('Nếu tên xã không có trong danh sách có hiệu lực vào ngày của dòng, dòng đó sẽ bị báo lỗi khi kiểm tra.');
  } else {
    paragraph(`Trong ${inText} dùng ${lists[0]!.list.label}. Danh sách thả xuống có tên xã, phường của danh sách này.`);
  }
  const covered = { from: lists[0]!.list.validFrom, to: lists[lists.length - 1]!.list.validTo };
  if (covered.from > range.start) paragraph(`Trước ngày ${formatDate(covered.from)} không có danh sách đơn vị: không nhập hoạt động trước ngày này.`);
  if (covered.to !== null && covered.to < range.end) paragraph(`Sau ngày ${formatDate(covered.to)} không có danh sách đơn vị: không nhập hoạt động sau ngày này.`);
  blank();
  paragraph('Gửi báo cáo', { bold: true, size: 12 });
  const sending = [
    'Lưu tệp dạng Excel, đuôi .xlsx (không lưu dạng .xls hay .pdf). Có thể đổi tên tệp.',
    'Mở trang "Nhập liệu" của nền tảng, chọn tệp ở ô "Tệp Excel hoặc CSV" và bấm "Kiểm tra".',
    'Hệ thống kiểm tra tệp trước và báo từng dòng lỗi theo số dòng và tên cột. Khi kiểm tra, chưa có gì được ghi vào dữ liệu.',
    'Nếu có lỗi: sửa trong tệp, lưu lại và tải lên lại. Khi không còn lỗi, bấm "Ghi vào dữ liệu" thì các hoạt động mới được ghi. Hoạt động đã có (cùng ngày, xã, hình thức và mô tả) không bị ghi hai lần.',
  ];
  sending.forEach((text, i) => paragraph(text, { marker: `${i + 1}.` }));
  blank();

  paragraph('Ví dụ một dòng đã điền (chỉ để xem: không chép dòng ví dụ vào trang "Hoạt động", hãy ghi hoạt động thật của đơn vị)', { bold: true, size: 12 });
  line += 1;
  const exampleHeader = help.getRow(line);
  exampleHeader.getCell(1).value = '';
  IMPORT_COLUMNS.forEach((column) => {
    const cell = exampleHeader.getCell(columnNumber(column) + 1);
    cell.value = COLUMN_TITLES[column];
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  line += 1;
  const exampleCells = help.getRow(line);
  const marker = exampleCells.getCell(1);
  marker.value = 'Ví dụ';
  marker.font = { bold: true, italic: true };
  marker.alignment = { vertical: 'top' };
  IMPORT_COLUMNS.forEach((column) => {
    const cell = exampleCells.getCell(columnNumber(column) + 1);
    cell.value = example[column];
    cell.fill = EXAMPLE_FILL;
    cell.alignment = { vertical: 'top', wrapText: true, ...(column === 'ngay' ? { horizontal: 'left' } : {}) };
    if (column === 'ngay') cell.numFmt = 'dd/mm/yyyy';
    if (column === 'ma_xa') cell.numFmt = '@';
  });
  exampleCells.height = 45;

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
