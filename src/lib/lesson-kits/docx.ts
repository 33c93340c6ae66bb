import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, Run } from '../markdoc/blocks';
import { OPTION_LETTERS, type KitDocument } from './kit';
import { inCapitals, KIT_PARTS } from './outline';
import { formatWithoutDuration } from './plan-frame';

/**
 * Editable Word files of a lesson kit: the lesson plan (kế hoạch bài dạy), the
 * student worksheet (phiếu học tập) and the quiz with its answer key. Times New
 * Roman 13 pt on A4, as Vietnamese schools print.
 */

const FONT = 'Times New Roman';
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1134 };

export const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text: value, ...options });
export const para = (children: ParagraphChild[] | string, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; center?: boolean; pageBreakBefore?: boolean; spacingAfter?: number } = {}) =>
  new Paragraph({
    children: typeof children === 'string' ? [text(children)] : children,
    ...(options.heading ? { heading: options.heading } : {}),
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    spacing: { after: options.spacingAfter ?? 120 },
  });
export const bullet = (value: string, level = 0) => new Paragraph({ children: [text(value)], bullet: { level }, spacing: { after: 60 } });

export function document(title: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'Phòng, chống mại dâm tỉnh Hưng Yên',
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 26 } },
        heading1: { run: { font: FONT, size: 30, bold: true } },
        heading2: { run: { font: FONT, size: 26, bold: true } },
        heading3: { run: { font: FONT, size: 26, bold: true, italics: true } },
      },
    },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
}

export function header(kit: KitDocument, kind: string): Paragraph[] {
  return [
    para([text(kind, { bold: true, size: 30 })], { center: true }),
    para([text(kit.title, { bold: true, size: 28 })], { center: true, heading: HeadingLevel.TITLE }),
    para([text(`${kit.levelLabel} · ${formatWithoutDuration(kit.formatLabel)} (${kit.durationMinutes} phút)`, { italics: true })], { center: true, spacingAfter: 240 }),
  ];
}

function runsToText(runs: readonly Run[]): TextRun[] {
  return runs.map((run) => text(run.text, { bold: run.bold, italics: run.italic }));
}

export function blocksToParagraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.map((block) => {
    if (block.type === 'heading') return para(runsToText(block.runs), { heading: HeadingLevel.HEADING_3 });
    if (block.type === 'item') return new Paragraph({ children: runsToText(block.runs), bullet: { level: Math.max(0, block.depth - 1) }, spacing: { after: 60 } });
    return para(runsToText(block.runs));
  });
}

export const cell = (value: string | Paragraph[], options: { bold?: boolean; width?: number } = {}) =>
  new TableCell({
    children: typeof value === 'string' ? value.split('\n').map((line) => para([text(line, { bold: options.bold ?? false })], { spacingAfter: 60 })) : value,
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });

export const footer = (kit: KitDocument) => para([text(`Bản mới nhất và tài liệu kèm theo: ${kit.pageUrl}`, { italics: true, size: 22 })], { spacingAfter: 0 });

/** Phiếu học tập: a page students fill in (no name line when private), then the handouts the activities need. */
export function worksheetDocument(kit: KitDocument): Document {
  return document(`${KIT_PARTS.worksheet} – ${kit.title}`, [
    ...header(kit, inCapitals(KIT_PARTS.worksheet)),
    ...(kit.worksheet.private ? [] : [para('Họ và tên: ............................................................   Lớp: ....................')]),
    para([text(kit.worksheet.instructions, { italics: true })], { spacingAfter: 240 }),
    ...kit.worksheet.tasks.flatMap((task, index) => [
      para([text(`Câu ${index + 1}. `, { bold: true }), text(task)]),
      para('.......................................................................................................................'),
      para('.......................................................................................................................', { spacingAfter: 240 }),
    ]),
    ...(kit.worksheet.handouts ?? []).flatMap((handout, index) => [
      para([text(inCapitals(handout.title), { bold: true })], { center: true, pageBreakBefore: index === 0 }),
      ...handout.text.split('\n').filter((line) => line.trim() !== '').map((line) => para(line)),
    ]),
    footer(kit),
  ]);
}

/** Câu hỏi kiểm tra: the questions, then the answer key on its own page. */
export function quizDocument(kit: KitDocument): Document {
  const questions = kit.quiz.flatMap((item, index) => [
    para([text(`Câu ${index + 1}. `, { bold: true }), text(item.question)]),
    ...item.options.map((option, optionIndex) => para(`${OPTION_LETTERS[optionIndex]}. ${option}`, { spacingAfter: 40 })),
    para('', { spacingAfter: 120 }),
  ]);
  const answers = kit.quiz.map((item, index) => para([text(`Câu ${index + 1}: ${item.answer}. `, { bold: true }), text(item.explanation)]));
  return document(`${KIT_PARTS.quiz} – ${kit.title}`, [
    ...header(kit, inCapitals(KIT_PARTS.quiz)),
    para([text('Khoanh tròn chữ cái trước câu trả lời đúng.', { italics: true })]),
    ...questions,
    para([text(inCapitals(KIT_PARTS.answers), { bold: true, size: 30 })], { center: true, pageBreakBefore: true }),
    ...answers,
    footer(kit),
  ]);
}

/** A Word document as bytes. */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}
