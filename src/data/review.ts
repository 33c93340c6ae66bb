import { chartPng } from '../lib/charts/chart-png';
import { planReview } from '../lib/official-docs/review';
import type { ChartImage } from '../lib/official-docs/review-docx';
import { memoByContent } from './content-memo';
import { projectRoot, today } from './context';
import { getPlanCampaigns } from './plans';
import { loadShareFonts } from './share-fonts';
import { getMaterials } from './site';

/** The plan under review: the one that ended last (plan 164 in 2026), else the plan marked current. */
async function loadReview() {
  const items = await getPlanCampaigns();
  const now = today();
  const ended = items.filter((item) => item.plan.periodEnd < now).sort((a, b) => b.plan.periodEnd.localeCompare(a.plan.periodEnd));
  const item = ended[0] ?? items.find((i) => i.plan.isCurrent) ?? items[0];
  if (!item) throw new Error('Chưa có kế hoạch nào trong content/ke-hoach/. [EN] No plan to review.');
  const materials = (await getMaterials()).map((m) => ({ slug: m.slug, title: m.entry.title, publishedAt: m.entry.publishedAt }));
  return planReview({ plan: item.plan, campaign: item.campaign, materials, today: now });
}

export const getReview = memoByContent(projectRoot(), loadReview);

/** The review's charts as PNG images (for the Word file and the slide deck), rendered once per build. */
export const getReviewCharts = memoByContent(projectRoot(), async (): Promise<ChartImage[]> => {
  const review = await getReview();
  const fonts = loadShareFonts();
  const images: ChartImage[] = [];
  for (const [index, chart] of review.charts.entries()) {
    images.push({ caption: `Biểu đồ ${index + 1}. ${chart.title}. ${chart.summary}`, png: await chartPng(chart, fonts) });
  }
  return images;
});
