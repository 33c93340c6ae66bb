import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COLUMN_HELP, COLUMN_TITLES, IMPORT_COLUMNS, type ImportColumn } from '../activities/import/header';
import { xlsxTable } from '../activities/import/table';
import { validateImport } from '../activities/import/validate-import';
import { audiences, outreachFormats } from '../taxonomy';
import { unitChoices } from '../units/choices';
import { fixtureRegistry } from '../units/fixture';
import type { ReportPeriod } from '../calendar/periods';
import { buildTemplate, TEMPLATE_ROWS, templateFileName, type TemplateInput } from './template';

const registry = fixtureRegistry();
const materials = [
  { slug: 'to-gap-phong-chong-mai-dam', title: 'Tờ gấp phòng, chống mại dâm' },
  { slug: 'so-tay-tuyen-truyen-vien', title: 'Sổ tay tuyên truyền viên' },
];
const TODAY = '2025-12-31';
const Q3: ReportPeriod = { kind: 'quarter', year: 2025, quarter: 3 };
const Y2025: ReportPeriod = { kind: 'year', year: 2025 };
const input = (period: ReportPeriod, area?: TemplateInput['area']): TemplateInput => ({
  registry,
  period,
  formats: outreachFormats,
  audiences,
  materials,
  today: TODAY,
  ...(area ? { area } : {}),
});
const context = { registry, formats: outreachFormats, audiences, materials, today: TODAY, reportingUnit: 'UBND xã thử' };
const labelsOf = (listId: string) => unitChoices(registry.listById(listId)!).map((c) => c.label);
const col = (column: ImportColumn) => IMPORT_COLUMNS.indexOf(column) + 1;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The text values of the cells a validation's range formula ('Sheet'!$A$2:$A$9) points at. */
function rangeValues(workbook: ExcelJS.Workbook, formula: string): string[] {
  const match = /^'([^']+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  expect(match, formula).not.toBeNull();
  const [, sheetName, column, first, column2, last] = match!;
  expect(column2).toBe(column);
  const sheet = workbook.getWorksheet(sheetName!)!;
  const out: string[] = [];
  for (let r = Number(first); r <= Number(last); r += 1) out.push(String(sheet.getCell(`${column}${r}`).value));
  return out;
}

const validation = (workbook: ExcelJS.Workbook, column: ImportColumn, row = 2) => workbook.getWorksheet('Hoạt động')!.getRow(row).getCell(col(column)).dataValidation;
const unitDropDown = (workbook: ExcelJS.Workbook) => rangeValues(workbook, String(validation(workbook, 'ten_xa').formulae[0]));

/** Fills data rows as an officer would (real dates, drop-down labels, numbers) and gives the saved bytes. */
async function fill(workbook: ExcelJS.Workbook, rows: Partial<Record<ImportColumn, ExcelJS.CellValue>>[]): Promise<Uint8Array> {
  const sheet = workbook.getWorksheet('Hoạt động')!;
  rows.forEach((values, i) => {
    const row = sheet.getRow(i + 2);
    for (const [column, value] of Object.entries(values)) row.getCell(col(column as ImportColumn)).value = value;
    row.commit();
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const check = async (bytes: Uint8Array) => validateImport(await xlsxTable(bytes), context, new Map());
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const description = 'Hội nghị tuyên truyền phòng, chống mại dâm cho đoàn viên thanh niên xã';

describe('buildTemplate: the workbook', () => {
  it('has the data sheet first, named "Hoạt động", then the instructions, units and lists, with the platform as creator', async () => {
    const workbook = await load(await buildTemplate(input(Q3)));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Hoạt động', 'Hướng dẫn', 'Đơn vị', 'Danh mục']);
    expect(workbook.creator).toBe('Nền tảng truyền thông phòng, chống mại dâm tỉnh Hưng Yên');
    expect(workbook.title).toContain('Quý 3/2025');
    expect(workbook.created.toISOString().slice(0, 10)).toBe(TODAY);
  });

  it('has the importer\'s column titles as a bold, frozen title row with a note on each, and no data', async () => {
    const workbook = await load(await buildTemplate(input(Q3)));
    const sheet = workbook.getWorksheet('Hoạt động')!;
    const header = sheet.getRow(1);
    expect(IMPORT_COLUMNS.map((c) => header.getCell(col(c)).value)).toEqual(IMPORT_COLUMNS.map((c) => COLUMN_TITLES[c]));
    for (const c of IMPORT_COLUMNS) {
      const cell = header.getCell(col(c));
      expect(cell.font?.bold).toBe(true);
      expect(JSON.stringify(cell.note)).toContain(COLUMN_HELP[c].slice(0, 20));
      expect(sheet.getColumn(col(c)).width ?? 0).toBeGreaterThanOrEqual(COLUMN_TITLES[c].length + 2);
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    let rowsWithValues = 0;
    sheet.eachRow(() => (rowsWithValues += 1));
    expect(rowsWithValues).toBe(1);
    const table = await xlsxTable(await buildTemplate(input(Q3)));
    expect(table.header).toEqual(IMPORT_COLUMNS.map((c) => COLUMN_TITLES[c]));
    expect(table.rows).toEqual([]);
  });

  it('formats the Ngày column dd/mm/yyyy and restricts it to the period, on every prepared row', async () => {
    for (const [period, start, end] of [
      [Q3, '2025-07-01', '2025-09-30'],
      [Y2025, '2025-01-01', '2025-12-31'],
    ] as const) {
      const workbook = await load(await buildTemplate(input(period)));
      const sheet = workbook.getWorksheet('Hoạt động')!;
      for (const row of [2, 100, TEMPLATE_ROWS + 1]) {
        const cell = sheet.getRow(row).getCell(col('ngay'));
        expect(cell.numFmt).toBe('dd/mm/yyyy');
        const v = cell.dataValidation;
        expect(v.type).toBe('date');
        expect(v.operator).toBe('between');
        expect((v.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual([start, end]);
        expect(v.showErrorMessage).toBe(true);
        expect(v.error).toContain(`${start.slice(8, 10)}/${start.slice(5, 7)}/${start.slice(0, 4)}`);
      }
      expect(sheet.getRow(2).getCell(col('ma_xa')).numFmt).toBe('@');
    }
  });

  it('offers exactly the unit labels of the period\'s list in the Tên xã drop-down, from a range on "Danh mục"', async () => {
    const workbook = await load(await buildTemplate(input(Q3)));
    const v = validation(workbook, 'ten_xa');
    expect(v.type).toBe('list');
    expect(String(v.formulae[0])).toMatch(/^'Danh mục'!\$A\$2:\$A\$\d+$/);
    expect(v.showErrorMessage).toBe(true);
    expect(unitDropDown(workbook)).toEqual(labelsOf('c'));
    expect(validation(workbook, 'ten_xa', TEMPLATE_ROWS + 1).formulae).toEqual(v.formulae);
  });

  it('offers the labels of both lists when the period spans two, and says the date decides', async () => {
    const workbook = await load(await buildTemplate(input(Y2025)));
    const union = [...new Set([...labelsOf('b'), ...labelsOf('c')])];
    expect(unitDropDown(workbook).sort()).toEqual(union.sort());
    expect(unitDropDown(workbook)).toHaveLength(5); // "Xã Phương Chiểu" is in both lists, once in the drop-down
    const units = workbook.getWorksheet('Đơn vị')!;
    const rows: unknown[][] = [];
    units.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Danh sách B (3 đơn vị)', '01/01/2025', '30/06/2025', '10001', 'Xã An Mới', 'Huyện Một']);
    expect(rows).toContainEqual(['Danh sách C (3 đơn vị)', '01/07/2025', 'nay', '10005', 'Xã Nam', '']);
    expect(rows).toHaveLength(6);
    const help = helpText(workbook);
    expect(help).toContain('Ngày của dòng quyết định danh sách nào được dùng');
    expect(help).toContain('từ 01/01/2025 đến 30/06/2025: chọn tên theo Danh sách B');
    expect(help).toContain('từ 01/07/2025 đến 31/12/2025: chọn tên theo Danh sách C');
  });

  it('restricts the units to a district or one unit, following it into the period\'s other lists', async () => {
    const district = await load(await buildTemplate(input({ kind: 'quarter', year: 2025, quarter: 2 }, { kind: 'district', listId: 'b', code: '001' })));
    expect(unitDropDown(district)).toEqual(['Phường Bình', 'Xã An Mới']);
    // District 001 of list A became 10001 and 10002 of list B, then 10002 "Trung Tâm" of list C.
    const year = await load(await buildTemplate(input(Y2025, { kind: 'district', listId: 'a', code: '001' })));
    expect(unitDropDown(year).sort()).toEqual(['Phường Bình', 'Phường Trung Tâm', 'Xã An Mới']);
    let unitsRows = 0;
    year.getWorksheet('Đơn vị')!.eachRow(() => (unitsRows += 1));
    expect(unitsRows).toBe(1 + 3);
    // Xã Nam (list C) came from Xã Phương Chiểu of list B.
    const one = await load(await buildTemplate(input({ kind: 'quarter', year: 2025, quarter: 2 }, { kind: 'unit', listId: 'c', code: '10005' })));
    expect(unitDropDown(one)).toEqual(['Xã Phương Chiểu']);
    const own = await load(await buildTemplate(input(Q3, { kind: 'unit', listId: 'c', code: '10005' })));
    expect(unitDropDown(own)).toEqual(['Xã Nam']);
    expect(helpText(own)).toContain('Khu vực: Xã Nam, theo Danh sách C');
  });

  it('offers the format and audience labels; audiences also take several names separated by ";"', async () => {
    const workbook = await load(await buildTemplate(input(Q3)));
    const format = validation(workbook, 'hinh_thuc');
    expect(format.type).toBe('list');
    expect(format.showErrorMessage).toBe(true);
    expect(rangeValues(workbook, String(format.formulae[0]))).toEqual(outreachFormats.map((f) => f.label));
    const audience = validation(workbook, 'doi_tuong');
    expect(audience.type).toBe('list');
    expect(rangeValues(workbook, String(audience.formulae[0]))).toEqual(audiences.map((a) => a.label));
    expect(audience.showErrorMessage).toBeFalsy();
    expect(audience.prompt).toContain(';');
    const count = validation(workbook, 'so_nguoi');
    expect(count).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 1_000_000] });
    expect(validation(workbook, 'tai_lieu').prompt).toContain('Danh mục');
    expect(validation(workbook, 'tai_lieu').showErrorMessage).toBeFalsy();
    const titles = rangeValues(workbook, `'Danh mục'!$D$2:$D$3`);
    expect(titles.sort()).toEqual(materials.map((m) => m.title).sort());
    expect((workbook.getWorksheet('Danh mục') as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection?.sheet).toBe(true);
  });

  it('keeps every prompt and error message within Excel\'s limits', async () => {
    const workbook = await load(await buildTemplate(input(Y2025, { kind: 'district', listId: 'a', code: '002' })));
    for (const c of IMPORT_COLUMNS) {
      const v = validation(workbook, c);
      expect((v.promptTitle ?? '').length, c).toBeLessThanOrEqual(32);
      expect((v.errorTitle ?? '').length, c).toBeLessThanOrEqual(32);
      expect((v.prompt ?? '').length, c).toBeLessThanOrEqual(255);
      expect((v.error ?? '').length, c).toBeLessThanOrEqual(225);
      expect(v.showInputMessage, c).toBe(true);
    }
  });

  it('explains the template in plain Vietnamese with one example row, only on "Hướng dẫn"', async () => {
    const workbook = await load(await buildTemplate(input(Q3)));
    const help = helpText(workbook);
    for (const phrase of ['mỗi hoạt động ghi một dòng', 'dòng tiêu đề', '01/07/2025 đến 30/09/2025', 'danh sách thả xuống', 'dấu chấm phẩy', 'Để trống nếu không đếm được', '.xlsx', 'Nhập liệu', 'Ghi vào dữ liệu', 'chưa có gì được ghi']) {
      expect(help.toLowerCase()).toContain(phrase.toLowerCase());
    }
    const sheet = workbook.getWorksheet('Hướng dẫn')!;
    const exampleRows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => row.getCell(1).value === 'Ví dụ' && exampleRows.push(row));
    expect(exampleRows).toHaveLength(1);
    const example = exampleRows[0]!;
    const titleRow = sheet.getRow(example.number - 1);
    expect(IMPORT_COLUMNS.map((c) => titleRow.getCell(col(c) + 1).value)).toEqual(IMPORT_COLUMNS.map((c) => COLUMN_TITLES[c]));
    const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, example.getCell(col(c) + 1).value])) as Record<ImportColumn, ExcelJS.CellValue>;
    expect(labelsOf('c')).toContain(values.ten_xa);
    expect(outreachFormats.map((f) => f.label)).toContain(values.hinh_thuc);
    expect(String(values.doi_tuong)).toContain(';');
    expect(helpText(workbook)).not.toMatch(/Nguyễn|Trần|Lê Văn/);
    // The example is good data: copied into the data sheet, the importer takes it.
    const result = await check(await fill(workbook, [values]));
    expect(result.headerProblems).toEqual([]);
    expect(result.problems).toEqual([]);
    expect([...result.plan.additions.keys()]).toHaveLength(1);
  });
});

describe('a filled template goes through the importer unchanged', () => {
  it('reads real dates, drop-down labels, several audiences, numbers and materials', async () => {
    const workbook = await load(await buildTemplate(input(Q3)));
    const bytes = await fill(workbook, [
      { ngay: day('2025-08-12'), ten_xa: 'Phường Trung Tâm', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng; Học sinh, sinh viên', so_nguoi: 85, mo_ta: description, tai_lieu: 'Tờ gấp phòng, chống mại dâm' },
      { ngay: day('2025-09-03'), ten_xa: 'Xã Nam', hinh_thuc: 'Loa truyền thanh', doi_tuong: 'Cộng đồng', mo_ta: 'Phát thanh tuyên truyền phòng, chống mại dâm trên loa xã' },
      { ngay: day('2025-09-20'), ma_xa: '10003', hinh_thuc: 'Tờ rơi', doi_tuong: 'Người lao động khu công nghiệp', so_nguoi: 40, mo_ta: 'Phát tờ rơi cho công nhân khu nhà trọ' },
    ]);
    const result = await check(bytes);
    expect(result.headerProblems).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.description).toBe('Excel (.xlsx), trang "Hoạt động"');
    expect(result.dataRows).toBe(3);
    const additions = result.plan.additions;
    expect([...additions.keys()].sort()).toEqual(['2025/c-10002', '2025/c-10003', '2025/c-10005']);
    expect(additions.get('2025/c-10002')!.records[0]).toMatchObject({
      date: '2025-08-12',
      listId: 'c',
      code: '10002',
      format: 'hoi-nghi',
      audiences: ['cong-dong', 'hoc-sinh-sinh-vien'],
      participants: 85,
      materials: ['to-gap-phong-chong-mai-dam'],
      description,
    });
    expect(additions.get('2025/c-10005')!.records[0]).toMatchObject({ date: '2025-09-03', format: 'loa-truyen-thanh', participants: null, materials: [] });
    expect(additions.get('2025/c-10003')!.rows).toEqual([4]);
  });

  it('names the row and column of a wrong name, or of a unit not in the list of the row\'s date', async () => {
    const workbook = await load(await buildTemplate(input(Q3)));
    const bytes = await fill(workbook, [
      { ngay: day('2025-08-12'), ten_xa: 'Phường Trung Tâm', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng', so_nguoi: 20, mo_ta: description },
      { ngay: day('2025-08-13'), ten_xa: 'Xã Không Có', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng', so_nguoi: 20, mo_ta: description },
      // Before the period: Trung Tâm is not in list B, valid on that day.
      { ngay: day('2025-05-10'), ten_xa: 'Phường Trung Tâm', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng', so_nguoi: 20, mo_ta: description },
      { ngay: day('2025-08-14'), ten_xa: 'Xã Nam', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng; Ai Đó', so_nguoi: 20, mo_ta: description },
    ]);
    const result = await check(bytes);
    expect(result.headerProblems).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [3, 'ten_xa', 'Xã Không Có'],
      [4, 'ten_xa', 'Phường Trung Tâm'],
      [5, 'doi_tuong', 'Cộng đồng; Ai Đó'],
    ]);
    expect(result.problems[1]!.problem.vi).toContain('10/05/2025');
  });

  it('takes a year spanning two lists: each row\'s date picks the list', async () => {
    const workbook = await load(await buildTemplate(input(Y2025)));
    const bytes = await fill(workbook, [
      { ngay: day('2025-03-10'), ten_xa: 'Phường Bình', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng', so_nguoi: 50, mo_ta: description },
      { ngay: day('2025-08-10'), ten_xa: 'Phường Trung Tâm', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng', so_nguoi: 60, mo_ta: description },
      { ngay: day('2025-02-01'), ten_xa: 'Xã Phương Chiểu', hinh_thuc: 'Tờ rơi', doi_tuong: 'Cộng đồng', mo_ta: description },
      { ngay: day('2025-09-01'), ten_xa: 'Xã Phương Chiểu', hinh_thuc: 'Tờ rơi', doi_tuong: 'Cộng đồng', mo_ta: description },
      { ngay: day('2025-06-30'), ten_xa: 'Xã An Mới', hinh_thuc: 'Tờ rơi', doi_tuong: 'Cộng đồng', mo_ta: description },
    ]);
    const result = await check(bytes);
    expect(result.problems).toEqual([]);
    expect([...result.plan.additions.keys()].sort()).toEqual(['2025/b-10001', '2025/b-10002', '2025/b-10003', '2025/c-10002', '2025/c-10003']);
    // A list-B name on a day of list C is a row problem.
    const late = await check(await fill(await load(await buildTemplate(input(Y2025))), [{ ngay: day('2025-07-01'), ten_xa: 'Xã An Mới', hinh_thuc: 'Hội nghị', doi_tuong: 'Cộng đồng', mo_ta: description }]));
    expect(late.problems.map((p) => [p.row, p.column])).toEqual([[2, 'ten_xa']]);
  });
});

describe('templateFileName and errors', () => {
  it('is ASCII, with the period key and the area code', () => {
    expect(templateFileName({ period: Q3 })).toBe('mau-nhap-hoat-dong-2025-Q3.xlsx');
    expect(templateFileName({ period: Y2025, area: { kind: 'district', listId: 'a', code: '001' } })).toBe('mau-nhap-hoat-dong-2025-huyen-001.xlsx');
    expect(templateFileName({ period: Q3, area: { kind: 'unit', listId: 'c', code: '10005' } })).toBe('mau-nhap-hoat-dong-2025-Q3-xa-10005.xlsx');
  });

  it('refuses a period with no unit list, in Vietnamese', async () => {
    await expect(buildTemplate(input({ kind: 'quarter', year: 2019, quarter: 1 }))).rejects.toThrow(/Không có đơn vị hành chính nào cho Quý 1\/2019/);
  });
});

/** Every text of the "Hướng dẫn" sheet, one line per row. */
function helpText(workbook: ExcelJS.Workbook): string {
  const lines: string[] = [];
  workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell) => cells.push(cell.value instanceof Date ? cell.value.toISOString() : String(cell.value)));
    lines.push(cells.join(' '));
  });
  return lines.join('\n');
}
