import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { fold } from '../../text/fold';

/**
 * A spreadsheet as rows of text cells, whatever it came from. `row` is the
 * row number an officer sees in Excel (the header is row 1).
 */
export interface TableRow {
  row: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
  /** How the file was read, for the report: "CSV, dấu phẩy", "Excel (.xlsx), trang Sheet1". */
  description: string;
}

/** Comma or semicolon, whichever splits the header line into more cells (Excel in vi-VN writes ";"). */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Reads CSV text (already decoded). Blank rows, which Excel leaves at the end, are skipped. */
export function csvTable(text: string): Table {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const [header = [], ...data] = parsed.data;
  const rows = data.map((cells, index) => ({ row: index + 2, cells })).filter((row) => !isBlank(row.cells));
  return { header, rows, description: `CSV, dấu phân cách "${delimiter}"` };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text of an Excel cell: dates as YYYY-MM-DD, formulas as their text (never evaluated). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = 'formula' in value ? value.formula : value.sharedFormula;
      return `=${formula}`;
    }
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/** The data sheet's name in the desk's Excel template. */
export const DATA_SHEET = 'Hoạt động';

/** Reads the worksheet named "Hoạt động" (the template's data sheet, wherever it was moved), else the first one. */
export async function xlsxTable(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((s) => fold(s.name.normalize('NFC')).trim() === fold(DATA_SHEET)) ?? workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [], description: 'Excel (.xlsx), không có trang tính nào' };
  const width = Math.max(sheet.columnCount, 1);
  const rows: TableRow[] = [];
  let header: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
    if (number === 1) header = cells;
    else if (!isBlank(cells)) rows.push({ row: number, cells });
  });
  return { header, rows, description: `Excel (.xlsx), trang "${sheet.name}"` };
}
