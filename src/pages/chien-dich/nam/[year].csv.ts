import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaign } from '../../../data/campaign';
import { districtYearRows } from '../../../lib/dashboard/campaign';
import { districtYearCsv } from '../../../lib/district/year-csv';

/** /chien-dich/nam/<year>.csv: the districts' plans and reported indicators of a year, for Excel. */
export const getStaticPaths = (async () => (await getCampaign()).indicators.map((y) => ({ params: { year: String(y.year) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const campaign = await getCampaign();
  const year = Number(params.year);
  return new Response(districtYearCsv(year, districtYearRows(campaign, year)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
