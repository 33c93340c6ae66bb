import type { APIRoute, GetStaticPaths } from 'astro';
import { getWaveContext, wavePackInput } from '../../../../data/waves';
import { wavePackZip } from '../../../../lib/waves/pack';
import type { Wave } from '../../../../lib/waves/types';

/** /chien-dich/dot/<slug>/<slug>.zip: the wave's pack, made at build time. */
export const getStaticPaths = (async () =>
  (await getWaveContext()).waves.map((wave) => ({ params: { slug: wave.slug, archive: wave.slug }, props: { wave } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ wave: Wave }> = async ({ props, site }) =>
  new Response(await wavePackZip(await wavePackInput(props.wave, site)), { headers: { 'Content-Type': 'application/zip' } });
