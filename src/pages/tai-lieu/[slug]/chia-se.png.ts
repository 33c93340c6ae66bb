import type { APIRoute, GetStaticPaths } from 'astro';
import { publicImageDataUri } from '../../../data/public-image';
import { loadShareFonts } from '../../../data/share-fonts';
import { getMaterials, getSettings, type Material } from '../../../data/site';
import { SHARE_SIZE, shareCard } from '../../../lib/share/card';
import { renderPng } from '../../../lib/share/render';
import { audiences, labelOf, materialKinds } from '../../../lib/taxonomy';

/** The 1200×630 share image (og:image) of each material, made at build time. */
export const getStaticPaths = (async () =>
  (await getMaterials()).map((material) => ({ params: { slug: material.slug }, props: { material } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ material: Material }> = async ({ props }) => {
  const { entry } = props.material;
  const settings = await getSettings();
  const eyebrow = [labelOf(materialKinds, entry.kind), ...entry.audiences.map((id) => labelOf(audiences, id))].join(' · ');
  const png = await renderPng(shareCard({ title: entry.title, eyebrow, programme: settings.programmeName, visual: entry.kind === 'ap-phich' ? publicImageDataUri(entry.cover.image) : null }), SHARE_SIZE, loadShareFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
