import type { APIRoute, GetStaticPaths } from 'astro';
import { materialPosterPng } from '../../../data/posters';
import { getMaterials, type Material } from '../../../data/site';

/** A printable A4 poster for every poster-format material, with a QR code back to its page. */
export const getStaticPaths = (async () =>
  (await getMaterials())
    .filter((material) => material.entry.kind === 'ap-phich')
    .map((material) => ({ params: { slug: material.slug }, props: { material } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ material: Material }> = async ({ props, site }) =>
  new Response(await materialPosterPng(props.material, site), { headers: { 'Content-Type': 'image/png' } });
