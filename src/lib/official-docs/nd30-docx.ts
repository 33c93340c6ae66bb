import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from 'docx';

/**
 * Word files in the state document format (thể thức văn bản hành chính) of
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I:
 * - I.1 A4 (210 × 297 mm); I.3 margins top and bottom 20–25 mm, left 30–35 mm,
 *   right 15–20 mm (here 20, 20, 30, 20);
 * - I.4 Times New Roman (Unicode), black; I.7 page numbers from 1 in Arabic
 *   figures, 13–14 pt, upright, centred in the top margin, none on page 1;
 * - II.1 quốc hiệu: capitals 12–13 pt bold; tiêu ngữ 13–14 pt bold, a line
 *   under it as long as the text;
 * - II.2 issuing body: capitals 12–13 pt bold under the parent body (capitals
 *   12–13 pt, upright), a line under it of 1/3–1/2 its length;
 * - II.3 "Số:" 13 pt upright, the symbol in capitals; II.4 place and date 13–14 pt
 *   italic, on the number's row, centred under the tiêu ngữ;
 * - II.5 tên loại capitals 13–14 pt bold, trích yếu 13–14 pt bold under it, a short
 *   line beneath; II.6.e body 13–14 pt, justified, first line indented 1 cm,
 *   at least 6 pt between paragraphs, single line spacing;
 * - II.7 signer's authority and title capitals 13–14 pt bold, name 13–14 pt bold;
 * - II.9 "Nơi nhận:" 12 pt bold italic at the left margin, on the row of the
 *   signer's title, each recipient on a line of 11 pt with a leading dash and a
 *   closing semicolon, the last line "Lưu: VT, …".
 * Fields an officer must fill and the CMS settings do not give are left as
 * dotted blanks, never invented.
 */

export const FONT = 'Times New Roman';
/** A4 in twentieths of a point (twips). */
export const A4 = { width: 11906, height: 16838 };
const MM = 56.7;
/** Margins in twips: top 20 mm, bottom 20 mm, left 30 mm, right 20 mm. */
export const MARGINS = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(20 * MM) };
/** Body size in half-points (14 pt). */
export const BODY_SIZE = 28;
export const BLANK = '……………';
export const ILLUSTRATIVE_MARK = 'DỮ LIỆU MINH HỌA';

export interface OfficialHeader {
  parentBody: string;
  issuingBody: string;
  symbol: string;
  place: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: readonly string[];
  archive: string;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'table'; caption?: string; columns: readonly string[]; rows: readonly (readonly string[])[] }
  | { kind: 'image'; png: Uint8Array; width: number; height: number; caption: string };

export interface OfficialReport {
  header: OfficialHeader;
  /** Tên loại: "BÁO CÁO". */
  kind: string;
  /** Trích yếu. */
  summary: string;
  /** Kính gửi: the bodies the report goes to (cấp trên); blank when none is set. */
  to: readonly string[];
  blocks: readonly ReportBlock[];
  /** While sample data is shipped: the mark on every page. */
  illustrative: boolean;
  /** The file's title property. */
  title: string;
}

const orBlank = (value: string) => (value.trim() === '' ? BLANK : value.trim());
const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size ?? BODY_SIZE,
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    ...(options.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
const centred = (children: TextRun[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after, line: 240 }, children });
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const cell = (children: Paragraph[], widthPercent: number) =>
  new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders: noBorders, verticalAlign: VerticalAlign.TOP });
/** A short solid line: an underlined run of no-break spaces, `length` characters wide. */
const shortLine = (length: number) => centred([run('\u00a0'.repeat(Math.max(8, length)), { underline: true, size: 20 })], 60);

function headerTable(report: OfficialReport): Table {
  const h = report.header;
  const issuing = orBlank(h.issuingBody).toUpperCase();
  const left = [
    centred([run(orBlank(h.parentBody).toUpperCase(), { size: 26 })]),
    centred([run(issuing, { bold: true, size: 26 })]),
    shortLine(Math.round(issuing.length / 2.5)),
    centred([run(`Số: ${BLANK}/BC-${h.symbol.trim() === '' ? BLANK : h.symbol.trim().toUpperCase()}`, { size: 26 })]),
  ];
  const right = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 26 })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 28, underline: true })], 240),
    centred([run(`${orBlank(h.place)}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`, { italics: true, size: 28 })]),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: [new TableRow({ children: [cell(left, 40), cell(right, 60)] })] });
}

const body = (text: string, italic = false) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 276 }, children: [run(text, { italics: italic })] });

function dataTable(columns: readonly string[], rows: readonly (readonly string[])[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const tableCell = (text: string, bold: boolean) =>
    new TableCell({ children: [new Paragraph({ spacing: { after: 0 }, children: [run(text, { bold, size: 24 })] })], margins: { left: 60, right: 60 } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => tableCell(c, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => tableCell(c, false)) })),
    ],
  });
}

function blockParts(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ spacing: { before: 120, after: 120 }, keepNext: true, children: [run(block.text.toUpperCase(), { bold: true })] })];
    case 'subheading':
      return [new Paragraph({ spacing: { before: 60, after: 120 }, indent: { firstLine: 567 }, keepNext: true, children: [run(block.text, { bold: true })] })];
    case 'paragraph':
      return [body(block.text, block.italic)];
    case 'table':
      return [
        ...(block.caption ? [new Paragraph({ spacing: { before: 60, after: 60 }, keepNext: true, children: [run(block.caption, { italics: true, size: 26 })] })] : []),
        dataTable(block.columns, block.rows),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [new ImageRun({ type: 'png', data: block.png, transformation: { width: block.width, height: block.height }, altText: { name: block.caption, description: block.caption, title: block.caption } })],
        }),
        centred([run(block.caption, { italics: true, size: 24 })], 160),
      ];
  }
}

function closingTable(report: OfficialReport): Table {
  const h = report.header;
  const recipients = [...(report.to.length > 0 ? ['Như trên'] : []), ...h.recipients.filter((r) => r.trim() !== '')];
  const listed = recipients.length > 0 ? recipients : [BLANK];
  const left = [
    new Paragraph({ spacing: { after: 0 }, children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
    ...listed.map((name) => new Paragraph({ spacing: { after: 0 }, children: [run(`- ${name};`, { size: 22 })] })),
    new Paragraph({ spacing: { after: 0 }, children: [run(`- ${h.archive.trim() === '' ? `Lưu: VT, ${BLANK}` : h.archive.trim().replace(/^-\s*/, '')}.`.replace(/\.\.$/, '.'), { size: 22 })] }),
  ];
  const right = [
    centred([run(orBlank(h.signerAuthority).toUpperCase(), { bold: true })]),
    centred([run(orBlank(h.signerTitle).toUpperCase(), { bold: true })], 1400),
    centred([run(orBlank(h.signerName), { bold: true })]),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: [new TableRow({ cantSplit: true, children: [cell(left, 50), cell(right, 50)] })] });
}

const illustrativeFooter = (illustrative: boolean) =>
  new Footer({
    children: illustrative
      ? [centred([run(`${ILLUSTRATIVE_MARK} – không phải số liệu thật của tỉnh; không dùng để báo cáo.`, { bold: true, size: 22 })])]
      : [new Paragraph({ children: [] })],
  });

/** The report as a .docx file. */
export async function officialReportDocx(report: OfficialReport): Promise<Uint8Array<ArrayBuffer>> {
  const to =
    report.to.length === 0
      ? [centred([run(`Kính gửi: ${BLANK}`)], 120)]
      : report.to.length === 1
        ? [centred([run(`Kính gửi: ${report.to[0]}.`)], 120)]
        : [centred([run('Kính gửi:')]), ...report.to.map((name, i) => centred([run(`- ${name}${i === report.to.length - 1 ? '.' : ';'}`)]))];
  const doc = new Document({
    creator: orBlank(report.header.issuingBody),
    title: report.title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: A4, margin: MARGINS } },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [centred([new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_SIZE })])] }),
        },
        footers: { first: illustrativeFooter(report.illustrative), default: illustrativeFooter(report.illustrative) },
        children: [
          headerTable(report),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, children: [run(report.kind.toUpperCase(), { bold: true })] }),
          centred([run(report.summary, { bold: true })]),
          shortLine(Math.round(report.summary.length / 3)),
          ...to,
          ...report.blocks.flatMap(blockParts),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          closingTable(report),
        ],
      },
    ],
  });
  return Uint8Array.from(await Packer.toBuffer(doc));
}
