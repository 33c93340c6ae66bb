import type { APIRoute, GetStaticPaths } from 'astro';
import { formatLabel, levelLabel } from '../../../data/lesson-kits';
import { loadShareFonts } from '../../../data/share-fonts';
import { getLessonKits, getSettings, type LessonKit } from '../../../data/site';
import { SHARE_SIZE, shareCard } from '../../../lib/share/card';
import { renderPng } from '../../../lib/share/render';

/** The 1200×630 share image of each lesson kit. */
export const getStaticPaths = (async () =>
  (await getLessonKits()).map((kit) => ({ params: { slug: kit.slug }, props: { kit } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ kit: LessonKit }> = async ({ props }) => {
  const { entry } = props.kit;
  const settings = await getSettings();
  const eyebrow = `Bài giảng · ${levelLabel(entry.level)} · ${formatLabel(entry.format)}`;
  const png = await renderPng(shareCard({ title: entry.title, eyebrow, programme: settings.programmeName }), SHARE_SIZE, loadShareFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
