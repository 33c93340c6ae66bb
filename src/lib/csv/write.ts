import Papa from 'papaparse';

/**
 * CSV for Excel: UTF-8 with a BOM (so Excel shows Vietnamese), CRLF line
 * ends, and any cell that begins with = + - @ (or a tab or carriage return)
 * neutralised with a leading apostrophe so Excel never runs it as a formula.
 */
export const BOM = '\uFEFF';

/** A cell as it is safe to open in a spreadsheet. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toExcelCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], delimiter: ',' | ';' = ','): string {
  const text = (value: string | number | null) => (value === null ? '' : typeof value === 'number' ? String(value) : neutralise(value));
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(text)) },
    { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${BOM}${body}\r\n`;
}
