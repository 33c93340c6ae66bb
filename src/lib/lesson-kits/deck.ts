import PptxGenJS from 'pptxgenjs';
import type { KitDocument } from './kit';
import { activityPhases, formatWithoutDuration, PHASE_LABELS } from './plan-frame';

const PRIMARY = '0B5566';
const FONT = 'Arial';

/** Minute marks of each activity from the start of the lesson ("phút 5–15"). */
export function activityTimes(activities: readonly { minutes: number }[]): { from: number; to: number }[] {
  let at = 0;
  return activities.map(({ minutes }) => {
    const slot = { from: at, to: at + minutes };
    at += minutes;
    return slot;
  });
}

/** Speaker notes of one step: its timing first, then its step and what the teacher does. */
export function speakerNotes(activity: KitDocument['activities'][number], slot: { from: number; to: number }, phase: string): string {
  return [`Thời gian: ${activity.minutes} phút (từ phút ${slot.from} đến phút ${slot.to}).`, `Bước: ${PHASE_LABELS[phase] ?? phase}.`, `Giáo viên: ${activity.teacher}`, `Học sinh: ${activity.students}`].join('\n');
}

/** The kit as an editable presentation: a title slide, then one slide per step with its timing in the speaker notes. */
export async function kitDeck(kit: KitDocument): Promise<Uint8Array> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_16x9';
  deck.title = kit.title;
  deck.author = kit.issuingUnit;
  const cover = deck.addSlide();
  cover.background = { color: PRIMARY };
  cover.addText(kit.title, { x: 0.6, y: 1.2, w: 8.8, h: 1.8, fontFace: FONT, fontSize: 32, bold: true, color: 'FFFFFF' });
  cover.addText(`${kit.levelLabel} · ${formatWithoutDuration(kit.formatLabel)} · ${kit.durationMinutes} phút`, { x: 0.6, y: 3.1, w: 8.8, h: 0.6, fontFace: FONT, fontSize: 18, color: 'FFFFFF' });
  cover.addText(kit.pageUrl, { x: 0.6, y: 4.6, w: 8.8, h: 0.4, fontFace: FONT, fontSize: 12, color: 'FFFFFF' });
  cover.addNotes(`Tổng thời gian: ${kit.durationMinutes} phút. ${kit.summary}`);
  const phases = activityPhases(kit.activities);
  const times = activityTimes(kit.activities);
  kit.activities.forEach((activity, index) => {
    const slide = deck.addSlide();
    const phase = phases[index] ?? 'hinh-thanh-kien-thuc';
    slide.addText(`${index + 1}. ${activity.name}`, { x: 0.5, y: 0.3, w: 9, h: 0.9, fontFace: FONT, fontSize: 28, bold: true, color: PRIMARY });
    slide.addText(`${PHASE_LABELS[phase] ?? ''} · ${activity.minutes} phút`, { x: 0.5, y: 1.15, w: 9, h: 0.4, fontFace: FONT, fontSize: 14, color: '4A5663' });
    slide.addText(activity.students, { x: 0.5, y: 1.7, w: 9, h: 3.4, fontFace: FONT, fontSize: 20, color: '1D2733', valign: 'top', fit: 'shrink' });
    slide.addNotes(speakerNotes(activity, times[index] ?? { from: 0, to: activity.minutes }, phase));
  });
  return (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
}
