import type { APIRoute, GetStaticPaths } from 'astro';
import { kitAttachments, kitDocument } from '../../../data/lesson-kits';
import { getLessonKits, getMaterials, type LessonKit } from '../../../data/site';
import { kitZip } from '../../../lib/lesson-kits/zip';

/** /bai-giang/<slug>/<slug>.zip: the kit's Word files and attachments, made at build time. */
export const getStaticPaths = (async () =>
  (await getLessonKits()).map((kit) => ({ params: { slug: kit.slug, archive: kit.slug }, props: { kit } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ kit: LessonKit }> = async ({ props, site }) => {
  const document = await kitDocument(props.kit, await getMaterials(), site);
  return new Response(await kitZip(document, kitAttachments(props.kit)), { headers: { 'Content-Type': 'application/zip' } });
};
