import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonFormats, lessonLevels } from '../content-model/bai-giang';
import { markdocBlocks } from '../lib/markdoc/blocks';
import type { KitDocument } from '../lib/lesson-kits/kit';
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

/** Shapes a bài giảng entry into what its Word files are made from. */
export async function kitDocument(kit: LessonKit, materials: readonly Material[], site: URL | undefined): Promise<KitDocument> {
  const { entry, slug } = kit;
  return {
    slug,
    title: entry.title,
    summary: entry.summary,
    levelLabel: levelLabel(entry.level),
    formatLabel: formatLabel(entry.format),
    durationMinutes: entry.durationMinutes,
    objectives: entry.objectives,
    preparation: entry.preparation,
    activities: entry.activities.map((activity) => ({ ...activity, minutes: activity.minutes ?? 0 })),
    worksheet: entry.worksheet,
    quiz: entry.quiz,
    teacherNotes: markdocBlocks((await entry.teacherNotes()).node),
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
