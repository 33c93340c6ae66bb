import type { APIRoute, GetStaticPaths } from 'astro';
import { loadShareFonts } from '../../../data/share-fonts';
import { getMaterials, getSettings, type Material } from '../../../data/site';
import { publicImageDataUri } from '../../../data/public-image';
import { posterBasis } from '../../../lib/content-rules/poster';
import { listItems, markdocText } from '../../../lib/materials/text';
import { POSTER_SIZE, posterElement } from '../../../lib/share/poster';
import { qrDataUri } from '../../../lib/share/qr';
import { renderPng } from '../../../lib/share/render';
import { routes } from '../../../lib/routes';

/** A printable A4 poster for every poster-format material, with a QR code back to its page. */
export const getStaticPaths = (async () =>
  (await getMaterials())
    .filter((material) => material.entry.kind === 'ap-phich')
    .map((material) => ({ params: { slug: material.slug }, props: { material } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ material: Material }> = async ({ props, site }) => {
  const { entry, slug } = props.material;
  const settings = await getSettings();
  const pageUrl = new URL(routes.material(slug), site);
  const lines = settings.helpLines.filter((line) => line.scope === 'toan-quoc' && line.number.trim() !== '').slice(0, 2);
  const body = (await entry.body()).node;
  const poster = posterElement({
    headline: entry.title,
    subhead: entry.summary,
    lines: listItems(body),
    visual: publicImageDataUri(entry.cover.image),
    basis: posterBasis(markdocText(body)),
    help: `Cần giúp đỡ: gọi ${lines.map((line) => `${line.number} (${line.name.toLowerCase()})`).join(' · ')}`,
    qr: await qrDataUri(pageUrl.href),
    url: `${pageUrl.host}${pageUrl.pathname}`,
    programme: settings.programmeName,
  });
  return new Response(await renderPng(poster, POSTER_SIZE, loadShareFonts()), { headers: { 'Content-Type': 'image/png' } });
};
