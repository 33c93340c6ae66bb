import { QUARTERS } from '../calendar/quarters';
import { yearRegularity } from '../coverage/regularity';
import { reportingRows } from '../dashboard/reporting';
import type { Campaign, CampaignPlan } from '../dashboard/campaign';
import type { ChartProps } from '../dashboard/chart';
import { materialUse } from '../dashboard/material-use';
import { districtListOf } from '../district/plan';
import { formatDate, formatNumber, formatPercent } from '../format/vi';
import { evaluateTarget, metLabel } from '../plans/evaluate';
import { targetChart } from '../plans/chart';
import { unitFullName } from '../units/names';

/**
 * Báo cáo tổng kết: the review of a plan's period (2021–2025 for plan 164):
 * every target with its figure per year and at the end, met or not, and the
 * unit lists each figure counts against; district tables (while districts
 * existed) and commune tables; the materials and how often activities used
 * them; charts. The page, the Word file and the slide deck all render this
 * one model, so they show the same figures. Pure.
 */

export interface ReviewTable {
  id: string;
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ReviewMaterial {
  slug: string;
  title: string;
  publishedAt: string | null;
}

export interface ReviewInput<P extends CampaignPlan> {
  plan: P & { title: string; issuer: string; issuedOn: string | null; copyNote?: string };
  campaign: Campaign<P>;
  materials: readonly ReviewMaterial[];
  today: string;
}

const pct = (ratio: number | null) => (ratio === null ? '–' : formatPercent(ratio));

export function planReview<P extends CampaignPlan>({ plan, campaign, materials, today }: ReviewInput<P>) {
  const results = plan.targets.map((target) => evaluateTarget(campaign, target));
  const years = [...new Set(campaign.quarters.map((q) => q.year))];
  const ended = plan.periodEnd < today;

  const targetTable: ReviewTable = {
    id: 'chi-tieu',
    caption: `Kết quả từng chỉ tiêu mục II của Kế hoạch ${plan.number}, theo năm và cuối kỳ`,
    columns: ['Chỉ tiêu', 'Mức phải đạt', ...years.map(String), 'Cuối kỳ', 'Đánh giá'],
    rows: results.map((r) => [`${r.target.section}. ${r.target.label}`, r.target.targetText, ...r.years.map((y) => y.text), r.end ? `${r.end.text} (năm ${r.end.year})` : 'Chưa có số liệu', metLabel(r.met, r.target)]),
  };
  const basisTable: ReviewTable = {
    id: 'danh-sach-don-vi',
    caption: 'Mỗi con số được tính trên danh sách đơn vị hoặc báo cáo nào',
    columns: ['Chỉ tiêu', ...years.map(String)],
    rows: results.map((r) => [`${r.target.section}. ${r.target.label}`, ...r.years.map((y) => y.basis || '–')]),
  };

  // Districts (to 30/06/2025): regular units per year, and the reported indicators.
  const districtYears = years.filter((year) => districtListOf(campaign.registry, year));
  const districts = [...new Map(districtYears.flatMap((year) => districtListOf(campaign.registry, year)!.districts).map((d) => [d.code, d])).values()];
  const districtTable: ReviewTable = {
    id: 'theo-huyen',
    caption: `Đơn vị duy trì thường xuyên theo huyện, theo năm (cấp huyện có đến 30/06/2025; năm 2025 tính theo danh sách ngày 01/01/2025)`,
    columns: ['Huyện', ...districtYears.map(String)],
    rows: districts.map((district) => [
      `${district.type} ${district.name}`,
      ...districtYears.map((year) => {
        const regularity = yearRegularity(campaign.counts, campaign.registry, year, plan.regularQuartersPerYear, (unit) => unit.districtCode === district.code);
        return regularity && regularity.rows.length > 0 ? `${formatNumber(regularity.regularUnits)}/${formatNumber(regularity.rows.length)} (${pct(regularity.ratio)})` : '–';
      }),
    ]),
  };
  const reportTable: ReviewTable = {
    id: 'bao-cao-huyen',
    caption: 'Chỉ tiêu theo báo cáo năm của các huyện (tổng các huyện đã báo cáo)',
    columns: ['Năm', 'Huyện có kế hoạch', 'Huyện lồng ghép', 'Tin báo xử lý kịp thời', 'Cơ sở được kiểm tra', 'Tin, bài báo, đài'],
    rows: campaign.indicators.map((y) => [
      String(y.year),
      `${formatNumber(y.plans.withPlan)}/${formatNumber(y.districts)}`,
      y.integration.reported > 0 ? `${formatNumber(y.integration.integrated)}/${formatNumber(y.districts)}` : 'Chưa báo cáo',
      y.tips.ratio === null ? 'Chưa báo cáo' : `${formatNumber(y.tips.part)}/${formatNumber(y.tips.whole)} (${pct(y.tips.ratio)})`,
      y.venues.ratio === null ? 'Chưa báo cáo' : `${formatNumber(y.venues.part)}/${formatNumber(y.venues.whole)} (${pct(y.venues.ratio)})`,
      y.media.items === null ? 'Chưa báo cáo' : formatNumber(y.media.items),
    ]),
  };

  // Communes: each year's list, a row per unit with its activities per quarter and whether it was regular.
  const communeTables: ReviewTable[] = campaign.years.map((year) => ({
    id: `theo-xa-${year.year}`,
    caption: `Năm ${year.year}: số hoạt động theo quý của từng đơn vị (${year.list.label}); ${formatNumber(year.regularUnits)}/${formatNumber(year.rows.length)} đơn vị duy trì thường xuyên`,
    columns: ['Đơn vị', 'Q1', 'Q2', 'Q3', 'Q4', 'Thường xuyên'],
    rows: year.rows.map((row) => [unitFullName(row.unit), ...QUARTERS.map((_, i) => { const cell = row.quarters[i]; return cell?.known ? formatNumber(cell.count) : '–'; }), row.regular ? 'Có' : 'Chưa']),
  }));

  // Materials and how often activities used them in the period.
  const inPeriod = campaign.records.filter((r) => r.date >= plan.periodStart && r.date <= plan.periodEnd);
  const materialRows = materials
    .map((m) => ({ material: m, use: materialUse(inPeriod, m.slug) }))
    .sort((a, b) => b.use.reduce((s, u) => s + u.activities, 0) - a.use.reduce((s, u) => s + u.activities, 0));
  const materialTable: ReviewTable = {
    id: 'tai-lieu',
    caption: `Tài liệu trên trang và số hoạt động đã dùng (${formatDate(plan.periodStart)} – ${formatDate(plan.periodEnd)})`,
    columns: ['Tài liệu', 'Ngày đăng', 'Số hoạt động đã dùng', 'Số đơn vị đã dùng (cộng các năm)'],
    rows: materialRows.map(({ material, use }) => [
      material.title,
      material.publishedAt ? formatDate(material.publishedAt) : '–',
      formatNumber(use.reduce((s, u) => s + u.activities, 0)),
      formatNumber(use.reduce((s, u) => s + u.units, 0)),
    ]),
  };

  // Charts: one per target with a yearly figure (ratios against their target line; counts as counts).
  const charts: ChartProps[] = results.flatMap((r) => targetChart(r, 'bieu-do-tk'));

  const met = results.filter((r) => r.met === true).length;
  const notMet = results.filter((r) => r.met === false).length;
  return {
    planNumber: plan.number,
    heading: `Tổng kết thực hiện Kế hoạch số ${plan.number}${plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : ''} của ${plan.issuer}`,
    period: `${formatDate(plan.periodStart)} – ${formatDate(plan.periodEnd)}`,
    status: ended ? `Kế hoạch đã kết thúc ngày ${formatDate(plan.periodEnd)}.` : `Kế hoạch còn hiệu lực đến ${formatDate(plan.periodEnd)}; số liệu tính đến ${formatDate(today)}.`,
    headline: { targets: results.length, met, notMet, unknown: results.length - met - notMet },
    results: results.map((r) => ({ id: r.target.id, section: r.target.section, label: r.target.label, targetText: r.target.targetText, end: r.end?.text ?? 'Chưa có số liệu', met: metLabel(r.met, r.target) })),
    targetTable,
    basisTable,
    districtTable,
    reportTable,
    communeTables,
    materialTable,
    charts,
    /** Issue 14 (reporting states and closed quarters) fills this; until then the review says they are not shown. */
    reportingStates: reviewReportingStates(campaign),
    missingSections: plan.copyNote ?? '',
    illustrative: campaign.illustrative,
  };
}

export type PlanReview = ReturnType<typeof planReview>;

/**
 * The three reporting states and the closed quarters of the review period,
 * one row a quarter (the same cells as the dashboards' reporting table).
 */
export function reviewReportingStates<P extends CampaignPlan>(campaign: Campaign<P>): ReviewTable | null {
  const rows = reportingRows(campaign as unknown as Campaign).reverse();
  if (rows.length === 0) return null;
  return {
    id: 'tinh-trang-bao-cao',
    caption: 'Báo cáo quý của các đơn vị: đã nhận, đúng hạn, ba tình trạng và số liệu đã chốt',
    columns: ['Quý', 'Đã nhận báo cáo', 'Đúng hạn', 'Xã, phường theo tình trạng', 'Số liệu'],
    rows: rows.map((row) => [`${row.label}${row.running ? ' (đang diễn ra)' : ''}`, `${row.received} (báo cáo của ${row.reporters})`, row.onTime, row.states, row.close]),
  };
}
