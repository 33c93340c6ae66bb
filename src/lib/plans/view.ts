import type { Campaign, CampaignPlan } from '../dashboard/campaign';
import { formatDate } from '../format/vi';
import { routes } from '../routes';
import type { ChartProps } from '../dashboard/chart';
import { targetChart } from './chart';
import { evaluateTarget, metLabel, type TargetResult } from './evaluate';
import { NEW_PLAN_ADDRESS, NEW_PLAN_PATH, planTimeline } from './in-force';

/**
 * The plans block of the campaign dashboard: every plan in force on the date
 * with each target's figure by year and against its target, the plans that
 * have ended with their final results, and, when no plan covers the date,
 * "chưa nhập kế hoạch năm …" with where officers enter it. Pure.
 */
export interface PlanCampaignItem<P extends CampaignPlan> {
  slug: string;
  plan: P & { title: string; issuer: string; issuedOn: string | null; kind?: string };
  campaign: Campaign<P>;
}

export interface PlanTargetRow {
  id: string;
  section: string;
  label: string;
  targetText: string;
  years: { year: number; text: string }[];
  endText: string;
  endYear: number | null;
  met: string;
  metClass: 'dat' | 'chua-dat' | 'khong-ro';
  basis: string;
}

export interface PlanBlock {
  slug: string;
  heading: string;
  period: string;
  status: string;
  rows: PlanTargetRow[];
  years: number[];
  /** Each target's trend by year against its target line. */
  charts: ChartProps[];
}

export function targetRow(result: TargetResult): PlanTargetRow {
  const { target, years, end, met } = result;
  return {
    id: target.id,
    section: target.section,
    label: target.label,
    targetText: target.targetText,
    years: years.map((y) => ({ year: y.year, text: y.text })),
    endText: end?.text ?? 'Chưa có số liệu',
    endYear: end?.year ?? null,
    met: metLabel(met, target),
    metClass: met === true ? 'dat' : met === false ? 'chua-dat' : 'khong-ro',
    basis: end?.basis ?? '',
  };
}

const planHeading = (plan: PlanCampaignItem<CampaignPlan>['plan']) =>
  `Kế hoạch số ${plan.number}${plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : ''} của ${plan.issuer}`;

export function planBlock<P extends CampaignPlan>(item: PlanCampaignItem<P>, today: string): PlanBlock {
  const { plan, campaign } = item;
  const results = plan.targets.map((target) => evaluateTarget(campaign, target));
  const ended = plan.periodEnd < today;
  return {
    slug: item.slug,
    heading: planHeading(plan),
    period: `Giai đoạn ${formatDate(plan.periodStart)} – ${formatDate(plan.periodEnd)}`,
    status: ended
      ? `Kế hoạch ${plan.number} đã kết thúc ngày ${formatDate(plan.periodEnd)}. Dưới đây là kết quả cuối cùng của từng chỉ tiêu.`
      : `Đang có hiệu lực (đến ${formatDate(plan.periodEnd)}); số liệu tính đến ${formatDate(today)}.`,
    rows: results.map(targetRow),
    charts: results.flatMap((r) => targetChart(r, `bieu-do-${item.slug}`)),
    years: [...new Set(results.flatMap((r) => r.years.map((y) => y.year)))],
  };
}

export function plansView<P extends CampaignPlan>(items: readonly PlanCampaignItem<P>[], today: string) {
  const timeline = planTimeline(
    items.map((item) => ({ ...item, number: item.plan.number, periodStart: item.plan.periodStart, periodEnd: item.plan.periodEnd })),
    today,
  );
  return {
    inForce: timeline.inForce.map((item) => planBlock(item, today)),
    /** Only the most recently ended plan is shown in full; the review page has the rest. */
    ended: timeline.ended.slice(0, 1).map((item) => planBlock(item, today)),
    missing:
      timeline.missingYear === null
        ? null
        : {
            text: `Chưa nhập kế hoạch năm ${timeline.missingYear}.`,
            detail: `Trang không tự đặt chỉ tiêu cho năm ${timeline.missingYear}. Khi tỉnh ban hành kế hoạch, cán bộ nhập số, ngày, giai đoạn, đơn vị bao phủ và từng chỉ tiêu tại: ${NEW_PLAN_PATH}.`,
            address: NEW_PLAN_ADDRESS,
          },
    reviewHref: routes.review,
  };
}

export type PlansView = ReturnType<typeof plansView>;
