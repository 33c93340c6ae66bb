import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonFormats, lessonLevels } from '../content-model/bai-giang';
import { markdocBlocks } from '../lib/markdoc/blocks';
import type { KitDocument } from '../lib/lesson-kits/kit';
import { wholeAddresses } from '../lib/lesson-kits/plan-frame';
import { projectRoot } from './context';
import type { LessonKit, Material } from './site';
import { routes } from '../lib/routes';

const labelIn = (list: readonly { value: string; label: string }[], value: string) => list.find((item) => item.value === value)?.label ?? value;

export const levelLabel = (value: string) => labelIn(lessonLevels, value);
export const formatLabel = (value: string) => labelIn(lessonFormats, value);

/** Related materials of a kit that exist, in the kit's order. */
export function relatedOf(kit: LessonKit, materials: readonly Material[]): Material[] {
  return kit.entry.relatedMaterials.flatMap((slug) => materials.filter((material) => material.slug === slug));
}

/** Shapes a bài giảng entry into what its Word files are made from; site paths become whole addresses a printed page can follow. */
export async function kitDocument(kit: LessonKit, materials: readonly Material[], site: URL | undefined): Promise<KitDocument> {
  const { entry, slug } = kit;
  const whole = (text: string) => (site ? wholeAddresses(text, site.origin) : text);
  const wholeAll = (texts: readonly string[]) => texts.map(whole);
  return {
    slug,
    title: entry.title,
    summary: whole(entry.summary),
    levelLabel: levelLabel(entry.level),
    formatLabel: formatLabel(entry.format),
    durationMinutes: entry.durationMinutes,
    objectives: { knowledge: wholeAll(entry.objectives.knowledge), skills: wholeAll(entry.objectives.skills), attitudes: wholeAll(entry.objectives.attitudes) },
    preparation: wholeAll(entry.preparation),
    activities: entry.activities.map((activity) => ({
      name: activity.name,
      minutes: activity.minutes ?? 0,
      teacher: whole(activity.teacher),
      students: whole(activity.students),
      phase: activity.phase,
      product: whole(activity.product),
    })),
    worksheet: {
      instructions: whole(entry.worksheet.instructions),
      tasks: wholeAll(entry.worksheet.tasks),
      private: entry.worksheet.private,
      handouts: entry.worksheet.handouts.map((handout) => ({ title: handout.title, text: whole(handout.text) })),
    },
    quiz: entry.quiz.map((item) => ({ ...item, question: whole(item.question), options: wholeAll(item.options), explanation: whole(item.explanation) })),
    teacherNotes: markdocBlocks((await entry.teacherNotes()).node).map((block) => ({ ...block, runs: block.runs.map((run) => ({ ...run, text: whole(run.text) })) })),
    related: relatedOf(kit, materials).map((material) => ({
      title: material.entry.title,
      url: new URL(routes.material(material.slug), site).href,
    })),
    issuingUnit: entry.issuingUnit,
    pageUrl: new URL(routes.lessonKit(slug), site).href,
  };
}

/** A kit's attachments as files for its ZIP. */
export function kitAttachments(kit: LessonKit): { name: string; data: Uint8Array }[] {
  return kit.entry.attachments.flatMap((attachment) =>
    attachment.file ? [{ name: attachment.file.split('/').pop() ?? 'tep', data: readFileSync(join(projectRoot(), 'public', attachment.file)) }] : [],
  );
}
