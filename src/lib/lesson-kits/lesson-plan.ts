import { BorderStyle, HeadingLevel, Paragraph, Table, TableRow, WidthType, type Document } from 'docx';
import { blocksToParagraphs, bullet, cell, document, footer, para, text } from './docx';
import { KIT_FILES_FOR_PLAN, type KitDocument } from './kit';
import { inCapitals, KIT_PARTS, kitOutline, TOTAL_TIME } from './outline';
import { activityPhases, FRAME, formatWithoutDuration, PHASE_LABELS } from './plan-frame';

const BLANK = '..............................';

/** Trường, tổ, giáo viên, ngày dạy left blank for the teacher, as Phụ lục IV opens. */
function frameHeader(kit: KitDocument): Paragraph[] {
  return [
    para(`Trường: ${BLANK}${BLANK}   Họ và tên giáo viên: ${BLANK}`),
    para(`Tổ: ${BLANK}${BLANK}   Ngày dạy: ${BLANK}`, { spacingAfter: 240 }),
    para([text(inCapitals(KIT_PARTS.lessonPlan), { bold: true, size: 30 })], { center: true }),
    para([text(`TÊN BÀI DẠY: ${kit.title}`, { bold: true, size: 28 })], { center: true, heading: HeadingLevel.TITLE }),
    para(`Môn học/Hoạt động giáo dục: ${BLANK}; lớp: ${BLANK} (${kit.levelLabel})`, { center: true }),
    para(`Thời gian thực hiện: ${kit.durationMinutes} phút (${formatWithoutDuration(kit.formatLabel).toLocaleLowerCase('vi')})`, { center: true, spacingAfter: 240 }),
  ];
}

/** A short overview of the steps and minutes; its rows may break across pages. */
function timeTable(kit: KitDocument, phases: readonly string[]): Table {
  const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((value, index) => cell(value, { bold, width: [50, 30, 20][index] ?? 20 })) });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: ['Hoạt động', 'Bước', 'Thời gian'].map((value) => cell(value, { bold: true })) }),
      ...kit.activities.map((activity, index) => row([`${index + 1}. ${activity.name}`, PHASE_LABELS[phases[index] ?? ''] ?? '', `${activity.minutes} phút`])),
      row([TOTAL_TIME, '', `${kitOutline(kit).totalMinutes} phút`], true),
    ],
  });
}

/** One activity as Phụ lục IV lays it out: a) mục tiêu, b) nội dung, c) sản phẩm, d) tổ chức thực hiện. */
function activitySection(activity: KitDocument['activities'][number], index: number, phase: string): Paragraph[] {
  const labelled = (label: string, value: string) => para([text(`${label}: `, { bold: true }), text(value)], { spacingAfter: 80 });
  return [
    para(`Hoạt động ${index + 1}: ${PHASE_LABELS[phase] ?? ''} – ${activity.name} (${activity.minutes} phút)`, { heading: HeadingLevel.HEADING_2 }),
    labelled(`a) ${FRAME.goal}`, activity.name),
    labelled(`b) ${FRAME.content}`, activity.students),
    labelled(`c) ${FRAME.product}`, activity.product?.trim() ? activity.product : BLANK + BLANK),
    labelled(`d) ${FRAME.organisation}`, activity.teacher),
  ];
}

/** Kế hoạch bài dạy in the frame of Công văn 5512/BGDĐT-GDTrH, Phụ lục IV. */
export function lessonPlanDocument(kit: KitDocument): Document {
  const section = (numeral: string, title: string) => para(`${numeral}. ${inCapitals(title)}`, { heading: HeadingLevel.HEADING_1 });
  const groups = kitOutline(kit).objectives;
  const heading = { 1: FRAME.knowledge, 2: FRAME.competences, 3: FRAME.qualities } as Record<number, string>;
  const phases = activityPhases(kit.activities);
  const handouts = kit.worksheet.handouts ?? [];
  return document(kit.title, [
    ...frameHeader(kit),
    para(kit.summary),
    section('I', FRAME.objectives),
    ...groups.flatMap((group) => [para(`${group.number}. ${heading[group.number] ?? group.heading}`, { heading: HeadingLevel.HEADING_2 }), ...group.items.map((item) => bullet(item))]),
    section('II', FRAME.equipment),
    ...kit.preparation.map((item) => bullet(item)),
    bullet(`${KIT_PARTS.worksheet} (tệp ${KIT_FILES_FOR_PLAN.worksheet})${handouts.length > 0 ? `, kèm: ${handouts.map((handout) => handout.title).join('; ')}` : ''}.`),
    bullet(`Bài trình chiếu, mỗi hoạt động một trang, thời gian ghi ở phần ghi chú (tệp ${KIT_FILES_FOR_PLAN.deck}).`),
    section('III', FRAME.process),
    timeTable(kit, phases),
    ...kit.activities.flatMap((activity, index) => activitySection(activity, index, phases[index] ?? 'hinh-thanh-kien-thuc')),
    section('IV', 'Lưu ý cho giáo viên'),
    ...blocksToParagraphs(kit.teacherNotes),
    ...(kit.related.length > 0 ? [section('V', 'Tài liệu tham khảo'), ...kit.related.map((item) => bullet(`${item.title}: ${item.url}`))] : []),
    para(`Đơn vị biên soạn: ${kit.issuingUnit}`, { spacingAfter: 60 }),
    footer(kit),
  ]);
}
