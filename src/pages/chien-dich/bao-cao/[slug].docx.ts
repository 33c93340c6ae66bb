import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportRefs } from '../../../data/report-list';
import { getReportContext } from '../../../data/reports';
import { campaignReport, type ReportRef } from '../../../lib/official-docs/campaign-report';
import { officialReportDocx } from '../../../lib/official-docs/nd30-docx';

/** /chien-dich/bao-cao/<slug>.docx: a quarterly or yearly report in the state document format (Nghị định 30/2020/NĐ-CP). */
export const getStaticPaths = (async () => (await getReportRefs()).map((ref) => ({ params: { slug: ref.slug }, props: { ref } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ ref: ReportRef }> = async ({ props }) => {
  const context = await getReportContext();
  const file = await officialReportDocx(campaignReport({ ref: props.ref, ...context }));
  return new Response(file, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
