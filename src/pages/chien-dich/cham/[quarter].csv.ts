import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaign } from '../../../data/campaign';
import { behindCsv } from '../../../lib/dashboard/behind-csv';
import { quarterId } from '../../../lib/calendar/quarters';

/** /chien-dich/cham/<year>-q<n>.csv: the units with no activity in the quarter, for Excel. */
export const getStaticPaths = (async () => (await getCampaign()).quarters.map((q) => ({ params: { quarter: quarterId(q) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const campaign = await getCampaign();
  const period = campaign.quarters.find((q) => quarterId(q) === params.quarter)!;
  return new Response(behindCsv(period.coverage, campaign.registry), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
