import type { APIRoute } from 'astro';
import { getReportContext } from '../../../data/reports';
import { getReview, getReviewCharts } from '../../../data/review';
import { officialReportDocx } from '../../../lib/official-docs/nd30-docx';
import { reviewReport } from '../../../lib/official-docs/review-docx';

/** The review (báo cáo tổng kết) as a Word file in the state document format. */
export const GET: APIRoute = async () => {
  const { header, to } = await getReportContext();
  const file = await officialReportDocx(reviewReport(await getReview(), await getReviewCharts(), header, to));
  return new Response(file, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
