import { quarterLabel, yearAxisLabels } from '../calendar/quarters';
import { reportingCells, reportingNote, reportingRows } from './reporting';
import type { AudienceReach } from '../coverage/reach';
import { NOT_REPORTED } from '../district/labels';
import type { YearIndicators } from '../district/indicators';
import { formatNumber, formatPercent } from '../format/vi';
import { routes } from '../routes';
import { targetFigure, targetFor, targetRatio as ratioOf } from '../plans/targets';
import { audiences, labelOf } from '../taxonomy';
import type { Campaign, PlanTarget } from './campaign';
import type { ChartProps } from './chart';
import { listScope } from './list-scope';

/**
 * The campaign dashboard (/chien-dich/): each target of the plan with its
 * latest figure and its trend, the district indicators as cards. Pure.
 */

/** Units still needed to reach `target` (a ratio) of `units`, given `covered`. */
export function unitsNeeded(target: number, units: number, covered: number): number {
  return Math.max(0, Math.ceil(target * units - 1e-9) - covered);
}

/** One indicator of section II from the district plans and reports: its target, latest value, trend and notes. */
export interface IndicatorCard {
  id: string;
  title: string;
  target: PlanTarget | undefined;
  /** The latest value: a figure in bold, then words; null when the card shows a table instead. */
  value: { strong: string | null; text: string } | null;
  /** A table by year, in place of a chart. */
  table: { caption: string; columns: string[]; rows: { year: number; cells: string[] }[] } | null;
  /** A second figure under the value. */
  detail: string | null;
  /** The anchor of that second figure when it measures a target of its own. */
  detailAnchor?: string | null;
  chart: ChartProps | null;
  note: string | null;
}

export interface ReachItem {
  audience: string;
  anchor: string;
  label: string;
  target: PlanTarget | undefined;
  participants: string;
  activities: string;
  /** " (3 hoạt động không ghi số người)", or empty. */
  withoutCount: string;
  /** The ratio against the denominator with its source, or why there is none. */
  ratioText: string;
  chart: ChartProps;
}

export function campaignOverview(campaign: Campaign) {
  const { plan, quarters, years, reach, registry } = campaign;
  const target = (measure: string, audience?: string) => targetFor(plan.targets, measure, audience);
  const communeTarget = target('don-vi-duy-tri-thuong-xuyen');
  const targetRatio = ratioOf(communeTarget);
  const targetText = targetFigure(communeTarget);
  const ended = quarters.filter((q) => q.ended);
  const latest = ended.at(-1) ?? quarters.at(-1);
  const latestYear = [...years].reverse().find((y) => quarters.some((q) => q.year === y.year && q.quarter === 4 && q.ended)) ?? years.at(-1);
  const latestReach = reach.find((r) => r.year === latestYear?.year);
  const hasRecords = campaign.records.length > 0;
  const districts = [...new Map(registry.lists.flatMap((list) => list.districts).map((d) => [d.code, d])).values()];

  const needed = latest && targetRatio !== undefined ? unitsNeeded(targetRatio, latest.coverage.units, latest.coverage.covered) : null;
  const headline =
    latest && hasRecords
      ? {
          percent: formatPercent(latest.coverage.ratio ?? 0),
          covered: formatNumber(latest.coverage.covered),
          units: formatNumber(latest.coverage.units),
          quarter: quarterLabel(latest.year, latest.quarter),
          running: !latest.ended,
          needed:
            needed === null ? '' : needed === 0 ? `Đã đạt mức ${targetText} trong quý này.` : `Cần thêm ${formatNumber(needed)} đơn vị có hoạt động để đạt ${targetText}.`,
          behindHref: routes.quarter(latest),
          uncovered: formatNumber(latest.coverage.uncovered.length),
          scope: listScope(latest.coverage, registry),
          /** Closed, or open (its figures may still change), and the reports received. */
          reporting: latest.reporting ? reportingCells(latest.reporting) : null,
        }
      : null;

  const quarterChart: ChartProps | null = hasRecords
    ? {
        id: 'bieu-do-quy',
        title: 'Tỷ lệ đơn vị có hoạt động tuyên truyền, theo quý',
        summary:
          targetRatio === undefined
            ? 'Kế hoạch không nêu mức phải đạt cho chỉ tiêu này.'
            : `Đường gạch là mức ${targetText}. ${ended.filter((q) => (q.coverage.ratio ?? 0) >= targetRatio).length}/${ended.length} quý đã qua đạt mức này.`,
        data: quarters.map((q) => ({ label: `Quý ${q.quarter}/${q.year}`, value: q.coverage.ratio })),
        axisLabels: yearAxisLabels(quarters),
        details: quarters.map((q) => `${formatNumber(q.coverage.covered)}/${formatNumber(q.coverage.units)} đơn vị · danh sách ${q.coverage.list.shortLabel}`),
        ...(targetRatio === undefined ? {} : { target: targetRatio }),
        columns: ['Quý', 'Tỷ lệ đơn vị có hoạt động'],
      }
    : null;
  const yearChart: ChartProps | null =
    hasRecords && years.length > 0
      ? {
          id: 'bieu-do-nam',
          title: 'Tỷ lệ đơn vị duy trì thường xuyên, theo năm',
          summary: `Duy trì thường xuyên: có hoạt động ở ít nhất ${plan.regularQuartersPerYear} trong 4 quý của năm. Mỗi năm tính theo danh sách đơn vị có hiệu lực ngày 01/01.`,
          data: years.map((y) => ({ label: String(y.year), value: y.ratio })),
          details: years.map((y) => `${formatNumber(y.regularUnits)}/${formatNumber(y.rows.length)} đơn vị · danh sách ${y.list.shortLabel}`),
          ...(targetRatio === undefined ? {} : { target: targetRatio }),
          columns: ['Năm', 'Tỷ lệ duy trì thường xuyên'],
        }
      : null;

  return {
    planNumber: plan.number,
    illustrative: campaign.illustrative,
    hasRecords,
    communes: {
      target: communeTarget,
      /** The section's anchor when the plan has no such target. */
      anchor: 'xa-duy-tri-thuong-xuyen',
      regularQuartersPerYear: plan.regularQuartersPerYear,
      headline,
      quarterChart,
      yearChart,
      districts: districts.map((d) => ({ href: routes.district(d.code), label: `${d.type} ${d.name}` })),
    },
    reach: {
      /** " (năm 2024)": the year the figures are of, or empty. */
      yearSuffix: latestYear ? ` (năm ${latestYear.year})` : '',
      items: (latestReach?.audiences ?? []).map((item) => reachItem(item, target('doi-tuong-ty-le', item.audience), reach)),
      caveat: latestReach?.audiences[0]?.caveat ?? '',
    },
    reporting: { rows: reportingRows(campaign), note: reportingNote(campaign.dueDays) },
    indicators: indicatorCards(campaign.indicators, target),
    /** The years with a district table (/chien-dich/nam/<year>/). */
    indicatorYears: campaign.indicators.map((y) => y.year),
  };
}

export type CampaignOverview = ReturnType<typeof campaignOverview>;

function reachItem(item: AudienceReach, target: PlanTarget | undefined, reach: Campaign['reach']): ReachItem {
  const label = labelOf(audiences, item.audience);
  return {
    audience: item.audience,
    /** The section's anchor: the plan target's id (the plan page links to it). */
    anchor: target?.id ?? item.audience,
    label,
    target,
    participants: formatNumber(item.participants),
    activities: formatNumber(item.activities),
    withoutCount: item.activitiesWithoutCount > 0 ? ` (${formatNumber(item.activitiesWithoutCount)} hoạt động không ghi số người)` : '',
    ratioText: item.denominator?.value
      ? `So với ${formatNumber(item.denominator.value)} người (${item.denominator.scope}; nguồn: ${item.denominator.source}): ${formatPercent(item.ratio ?? 0)}.`
      : 'Chưa có mẫu số: cán bộ cần nhập tổng số người của nhóm này cho năm (mục "Mẫu số" trong trình biên tập), trang không tự ước đoán.',
    chart: {
      id: `bieu-do-${item.audience}`,
      title: `${label}: tỷ lệ được tuyên truyền, theo năm`,
      summary: `${ratioOf(target) === undefined ? '' : `Đường gạch là mức ${targetFigure(target)}. `}Chỉ năm có mẫu số mới có tỷ lệ; bảng ghi số lượt người của mọi năm.`,
      data: reach.map((year) => ({ label: String(year.year), value: year.audiences.find((a) => a.audience === item.audience)?.ratio ?? null })),
      details: reach.map((year) => {
        const a = year.audiences.find((x) => x.audience === item.audience);
        return a ? `${formatNumber(a.participants)} lượt người${a.denominator?.value ? ` / ${formatNumber(a.denominator.value)} người` : ''}` : '';
      }),
      ...(ratioOf(target) === undefined ? {} : { target: ratioOf(target)! }),
      columns: ['Năm', 'Tỷ lệ được tuyên truyền'],
      missingText: 'Chưa có mẫu số',
    },
  };
}

/**
 * The indicators of section II that come from district plans and reports
 * (huyen-co-ke-hoach, huyen-long-ghep, tin-bao-duoc-xu-ly, co-so-duoc-kiem-tra,
 * tin-bai-truyen-thong): each with its target, its latest value, its trend by
 * year, and NOT_REPORTED ("Chưa báo cáo") where nobody reported, never a zero.
 */
export function indicatorCards(indicators: readonly YearIndicators[], target: (measure: string) => PlanTarget | undefined): IndicatorCard[] {
  const latest = <T>(pick: (y: YearIndicators) => T | null) => {
    const year = [...indicators].reverse().find((y) => pick(y) !== null);
    return year ? { year, value: pick(year) as T } : null;
  };
  const reportedOf = (reported: number, districts: number) => `${formatNumber(reported)}/${formatNumber(districts)} huyện đã báo cáo`;
  const card = (measure: string, fallbackTitle: string, rest: Omit<IndicatorCard, 'id' | 'title' | 'target' | 'table' | 'detail' | 'note'> & Partial<IndicatorCard>): IndicatorCard => ({
    id: target(measure)?.id ?? measure,
    title: target(measure)?.label ?? fallbackTitle,
    target: target(measure),
    table: null,
    detail: null,
    note: null,
    ...rest,
  });
  // The dashed line and its words come from the plan's target for the measure, never from here.
  const line = (measure: string, words: string) => {
    const ratio = ratioOf(target(measure));
    return ratio === undefined ? { summary: words } : { target: ratio, summary: `Đường gạch là mức ${targetFigure(target(measure))}. ${words}` };
  };
  const yearChart = (chart: Omit<ChartProps, 'data' | 'details'>, value: (y: YearIndicators) => number | null, detail: (y: YearIndicators) => string): ChartProps => ({
    ...chart,
    data: indicators.map((y) => ({ label: String(y.year), value: value(y) })),
    details: indicators.map(detail),
  });

  const plans = latest((y) => (y.plans.withPlan > 0 ? y.plans : null));
  const integration = latest((y) => (y.integration.reported > 0 ? y.integration : null));
  const tips = latest((y) => (y.tips.ratio !== null ? y.tips : null));
  const venues = latest((y) => (y.venues.ratio !== null ? y.venues : null));
  const since = latest((y) => (y.venuesSince2021.ratio !== null ? y.venuesSince2021 : null));
  const media = indicators.filter((y) => y.media.items !== null);

  return [
    card('huyen-co-ke-hoach', 'Huyện có kế hoạch và tổ chức thực hiện', {
      value: plans
        ? {
            strong: `${formatNumber(plans.value.withPlan)}/${formatNumber(plans.year.districts)} huyện`,
            text: ` có kế hoạch năm ${plans.year.year}${plans.value.meanDone !== null ? `; trung bình ${formatPercent(plans.value.meanDone)} nội dung kế hoạch đến hạn đã có hoạt động` : ''}.`,
          }
        : { strong: null, text: `${NOT_REPORTED}: chưa có kế hoạch năm nào của huyện được nhập.` },
      chart: yearChart(
        {
          id: 'bieu-do-ke-hoach',
          title: 'Tỷ lệ huyện có kế hoạch năm',
          ...line('huyen-co-ke-hoach', 'Bảng ghi thêm tỷ lệ nội dung kế hoạch đã thực hiện (xã, hình thức, quý có hoạt động như kế hoạch).'),
          columns: ['Năm', 'Tỷ lệ huyện có kế hoạch'],
        },
        (y) => y.plans.ratio,
        (y) => `${formatNumber(y.plans.withPlan)}/${formatNumber(y.districts)} huyện${y.plans.meanDone !== null ? ` · đã thực hiện trung bình ${formatPercent(y.plans.meanDone)}` : ''}`,
      ),
    }),
    card('huyen-long-ghep', 'Huyện lồng ghép chương trình', {
      value: integration
        ? {
            strong: `${formatNumber(integration.value.integrated)}/${formatNumber(integration.year.districts)} huyện`,
            text: ` đã lồng ghép năm ${integration.year.year} (${reportedOf(integration.value.reported, integration.year.districts)}).`,
          }
        : { strong: null, text: `${NOT_REPORTED}.` },
      chart: yearChart(
        {
          id: 'bieu-do-long-ghep',
          title: 'Tỷ lệ huyện đã lồng ghép, theo năm',
          ...line('huyen-long-ghep', 'Huyện chưa báo cáo được tính là chưa đạt.'),
          columns: ['Năm', 'Tỷ lệ huyện đã lồng ghép'],
          missingText: NOT_REPORTED,
        },
        (y) => y.integration.ratio,
        (y) => (y.integration.reported > 0 ? `${formatNumber(y.integration.integrated)}/${formatNumber(y.districts)} huyện · ${reportedOf(y.integration.reported, y.districts)}` : ''),
      ),
    }),
    card('tin-bao-xu-ly', 'Tin báo, tố giác được xử lý kịp thời', {
      value: tips
        ? {
            strong: formatPercent(tips.value.ratio ?? 0),
            text: ` năm ${tips.year.year}: ${formatNumber(tips.value.part)}/${formatNumber(tips.value.whole)} tin báo, tố giác, khiếu nại đã được xác minh, xử lý kịp thời (${reportedOf(tips.value.reported, tips.year.districts)}).`,
          }
        : { strong: null, text: `${NOT_REPORTED}.` },
      chart: yearChart(
        {
          id: 'bieu-do-tin-bao',
          title: 'Tỷ lệ tin báo, tố giác được xử lý kịp thời, theo năm',
          ...line('tin-bao-xu-ly', 'Tính trên các huyện đã báo cáo cả số nhận được và số đã xử lý.'),
          columns: ['Năm', 'Tỷ lệ xử lý kịp thời'],
          missingText: NOT_REPORTED,
        },
        (y) => y.tips.ratio,
        (y) => (y.tips.reported > 0 ? `${formatNumber(y.tips.part)}/${formatNumber(y.tips.whole)} tin · ${reportedOf(y.tips.reported, y.districts)}` : ''),
      ),
    }),
    card('co-so-kiem-tra-trong-nam', 'Cơ sở kinh doanh dịch vụ được kiểm tra', {
      value: venues
        ? {
            strong: formatPercent(venues.value.ratio ?? 0),
            text: ` cơ sở được kiểm tra năm ${venues.year.year}: ${formatNumber(venues.value.part)}/${formatNumber(venues.value.whole)} cơ sở (${reportedOf(venues.value.reported, venues.year.districts)}).`,
          }
        : { strong: null, text: `${NOT_REPORTED}.` },
      detail: since
        ? `Đến hết năm ${since.year.year}, ${formatNumber(since.value.part)}/${formatNumber(since.value.whole)} cơ sở (${formatPercent(since.value.ratio ?? 0)}) đã được kiểm tra ít nhất một lần từ năm 2021 (${reportedOf(since.value.reported, since.year.districts)}).`
        : null,
      detailAnchor: target('co-so-kiem-tra-tu-dau-giai-doan')?.id ?? null,
      chart: yearChart(
        {
          id: 'bieu-do-kiem-tra',
          title: 'Tỷ lệ cơ sở được thanh tra, kiểm tra trong năm',
          ...line('co-so-kiem-tra-trong-nam', 'Tính trên các huyện đã báo cáo cả tổng số cơ sở và số được kiểm tra.'),
          columns: ['Năm', 'Tỷ lệ được kiểm tra'],
          missingText: NOT_REPORTED,
        },
        (y) => y.venues.ratio,
        (y) => (y.venues.reported > 0 ? `${formatNumber(y.venues.part)}/${formatNumber(y.venues.whole)} cơ sở · ${reportedOf(y.venues.reported, y.districts)}` : ''),
      ),
    }),
    card('tin-bai-bao-cao-huyen', 'Tin, bài trên báo, đài', {
      value: media.length > 0 ? null : { strong: null, text: `${NOT_REPORTED}.` },
      table:
        media.length > 0
          ? {
              caption: 'Tin, bài, phóng sự trên báo, đài của tỉnh và đài truyền thanh huyện, theo năm',
              columns: ['Năm', 'Số tin, bài', 'Huyện đã báo cáo'],
              rows: indicators.map((y) => ({
                year: y.year,
                cells: [y.media.items === null ? NOT_REPORTED : formatNumber(y.media.items), `${formatNumber(y.media.reported)}/${formatNumber(y.districts)}`],
              })),
            }
          : null,
      chart: null,
      note: 'Kế hoạch không nêu con số, chỉ yêu cầu tăng cường; so sánh giữa các năm chỉ có nghĩa khi cùng số huyện báo cáo.',
    }),
  ];
}
