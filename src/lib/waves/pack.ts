import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { zipSync, type ZipOptions, type Zippable } from 'fflate';
import { formatDate, formatNumber } from '../format/vi';
import type { Block, Run } from '../markdoc/blocks';

/**
 * Bộ tài liệu của đợt: one ZIP per wave with everything officers hand out —
 * the loudspeaker scripts as editable Word files (reading time and schedule on
 * top), the materials' printable files and posters, the lesson kits' ZIPs and
 * a text file of ready-to-post messages. Paths are ASCII (slugs), so every
 * archive tool shows them alike.
 */
export const PACK_FILES = { readme: 'doc-truoc.txt', posts: 'bai-dang-zalo-facebook.txt', scripts: 'phat-thanh', materials: 'tai-lieu', kits: 'bai-giang' } as const;

export interface PackScript {
  slug: string;
  title: string;
  blocks: readonly Block[];
  words: number;
  minutes: number;
  days: readonly string[];
  timesPerDay: number;
  pageUrl: string;
}

export interface PackInput {
  wave: { slug: string; name: string; start: string; end: string; messages: readonly string[] };
  wavePageUrl: string;
  scripts: readonly PackScript[];
  materials: readonly { slug: string; title: string; files: readonly { name: string; data: Uint8Array }[] }[];
  kits: readonly { slug: string; title: string; zip: Uint8Array }[];
  posts: string;
}

const FONT = 'Times New Roman';
const FOLDER: ZipOptions = { level: 0, attrs: 0x10 };
const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, ...options });
const para = (children: ParagraphChild[], options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; center?: boolean } = {}) =>
  new Paragraph({ children, spacing: { after: 120 }, ...(options.heading ? { heading: options.heading } : {}), ...(options.center ? { alignment: AlignmentType.CENTER } : {}) });
const runs = (items: readonly Run[]) => items.map((r) => run(r.text, { bold: r.bold, italics: r.italic }));

/** A loudspeaker script as a Word document: title, reading time, the wave's schedule, then the text to read. */
export function scriptDocument(script: PackScript, waveName: string): Document {
  const schedule = `Lịch phát trong đợt "${waveName}": ${script.days.map(formatDate).join(', ')}; mỗi ngày ${formatNumber(script.timesPerDay)} lần.`;
  const body = script.blocks.map((block) =>
    block.type === 'heading'
      ? para(runs(block.runs), { heading: HeadingLevel.HEADING_3 })
      : block.type === 'item'
        ? new Paragraph({ children: runs(block.runs), bullet: { level: Math.max(0, block.depth - 1) }, spacing: { after: 60 } })
        : para(runs(block.runs)),
  );
  return new Document({
    creator: 'Phòng, chống mại dâm tỉnh Hưng Yên',
    title: script.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } }, heading1: { run: { font: FONT, size: 32, bold: true } }, heading3: { run: { font: FONT, size: 28, bold: true } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
        children: [
          para([run('BÀI PHÁT THANH', { bold: true })], { center: true }),
          para([run(script.title, { bold: true, size: 32 })], { center: true, heading: HeadingLevel.HEADING_1 }),
          para([run(`Thời lượng đọc khoảng ${formatNumber(script.minutes)} phút (${formatNumber(script.words)} tiếng, đọc chậm 120 tiếng mỗi phút).`, { italics: true })]),
          para([run(schedule, { italics: true })]),
          ...body,
          para([run(`Bản mới nhất: ${script.pageUrl}`, { italics: true, size: 22 })]),
        ],
      },
    ],
  });
}

/** The "read me first" text: what the pack holds and the wave's messages. */
export function packReadme(input: PackInput): string {
  const lines = [
    `BỘ TÀI LIỆU ĐỢT: ${input.wave.name}`,
    `Thời gian: ${formatDate(input.wave.start)} – ${formatDate(input.wave.end)}`,
    `Trang của đợt: ${input.wavePageUrl}`,
    '',
    'Thông điệp chính:',
    ...input.wave.messages.map((m, i) => `${i + 1}. ${m}`),
    '',
    'Trong bộ này:',
    `- ${PACK_FILES.posts}: bài đăng sẵn cho Zalo, Facebook.`,
    ...input.scripts.map((s) => `- ${PACK_FILES.scripts}/${s.slug}.docx: bài phát thanh "${s.title}" (Word, sửa được), khoảng ${formatNumber(s.minutes)} phút, phát ${s.days.map(formatDate).join(', ')}, mỗi ngày ${formatNumber(s.timesPerDay)} lần.`),
    ...input.materials.flatMap((m) => m.files.map((f) => `- ${PACK_FILES.materials}/${m.slug}/${f.name}: ${m.title}.`)),
    ...input.kits.map((k) => `- ${PACK_FILES.kits}/${k.slug}.zip: bài giảng "${k.title}" (Word).`),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export async function wavePackZip(input: PackInput): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const folder: Zippable = {
    [PACK_FILES.readme]: encoder.encode(packReadme(input)),
    [PACK_FILES.posts]: encoder.encode(input.posts),
  };
  if (input.scripts.length > 0) {
    const scripts: Zippable = {};
    for (const script of input.scripts) scripts[`${script.slug}.docx`] = new Uint8Array(await Packer.toBuffer(scriptDocument(script, input.wave.name)));
    folder[PACK_FILES.scripts] = [scripts, FOLDER];
  }
  const materials = input.materials.filter((m) => m.files.length > 0);
  if (materials.length > 0) {
    folder[PACK_FILES.materials] = [Object.fromEntries(materials.map((m) => [m.slug, [Object.fromEntries(m.files.map((f) => [f.name, f.data])), FOLDER]])), FOLDER];
  }
  if (input.kits.length > 0) folder[PACK_FILES.kits] = [Object.fromEntries(input.kits.map((k) => [`${k.slug}.zip`, [k.zip, { level: 0 }]])), FOLDER];
  return new Uint8Array(zipSync({ [input.wave.slug]: [folder, FOLDER] }, { level: 6 }));
}
