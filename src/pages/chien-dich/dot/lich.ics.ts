import type { APIRoute } from 'astro';
import { getWaveContext } from '../../../data/waves';
import { routes } from '../../../lib/routes';
import { wavesIcs } from '../../../lib/waves/ics';

/** /chien-dich/dot/lich.ics: the waves and their broadcast days for a phone's calendar. */
export const GET: APIRoute = async ({ site }) => {
  const { waves, context } = await getWaveContext();
  const base = site ?? new URL('http://localhost:4321');
  const body = wavesIcs({
    waves,
    scriptTitle: (slug) => context.material(slug)?.title ?? slug,
    pageUrl: (slug) => new URL(routes.wave(slug), base).href,
    host: base.hostname,
    stamp: context.today,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
