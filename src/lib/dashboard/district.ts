import { listCoversQuarter } from '../calendar/periods';
import { yearAxisLabels, type Quarter } from '../calendar/quarters';
import { quarterCoverage } from '../coverage/quarterly';
import { yearRegularity } from '../coverage/regularity';
import type { DistrictReport } from '../district/indicators';
import type { DistrictPlan } from '../district/plan';
import type { MissedCell, PlanProgress } from '../district/progress';
import { formatNumber } from '../format/vi';
import { targetFigure, targetFor, targetRatio } from '../plans/targets';
import { routes } from '../routes';
import { audiences, outreachFormats } from '../taxonomy';
import { unitFullName } from '../units/names';
import { summarizeRecords, withTitles, type MaterialTitle } from './activity-summary';
import type { Campaign } from './campaign';
import type { ChartProps } from './chart';

/**
 * A district's page (/chien-dich/huyen/<code>/, 2021 – mid-2025, while the
 * district level existed): its communes' coverage by quarter, regularity by
 * year, activities by format, audiences and materials, and its yearly plans
 * and reports. Pure.
 */

/** A year of the district's plans: the plan compared with what was recorded, or none. */
export interface DistrictPlanYear {
  year: number;
  plan: DistrictPlan | null;
  progress: PlanProgress | null;
  /** Due cells with no activity, by quarter. */
  missedByQuarter: { quarter: Quarter; cells: MissedCell[] }[];
  /** Planned formats with no activity, over all those cells. */
  missedCount: number;
}

/** The codes of every district any list has had. */
export const districtCodes = (campaign: Pick<Campaign, 'registry'>) => [...new Set(campaign.registry.lists.flatMap((list) => list.districts.map((d) => d.code)))];

export function districtView(campaign: Campaign, code: string, materials: readonly MaterialTitle[]) {
  const { registry, counts, plan } = campaign;
  const district = registry.lists.flatMap((list) => list.districts).find((d) => d.code === code);
  if (!district) throw new Error(`No district ${code}`);
  const title = `${district.type} ${district.name}`;
  const inDistrict = (unit: { districtCode: string | null }) => unit.districtCode === code;
  const quarters = campaign.quarters.flatMap((q) => {
    const coverage = quarterCoverage(counts, registry, q.year, q.quarter, inDistrict);
    return coverage && coverage.units > 0 ? [{ ...q, coverage }] : [];
  });
  const years = [...new Set(quarters.map((q) => q.year))].reverse();
  const tables = years.flatMap((year) => {
    const regularity = yearRegularity(counts, registry, year, plan.regularQuartersPerYear, inDistrict);
    return regularity && regularity.rows.length > 0 ? [regularity] : [];
  });
  // Everything recorded by the district's units while the district level existed, over those quarters.
  const records = campaign.records.filter((r) => registry.unit(r.listId, r.code)?.districtCode === code && registry.listById(r.listId)?.districts.length);
  const districtLists = registry.lists.filter((list) => list.districts.some((d) => d.code === code));
  const summary = summarizeRecords(
    records,
    campaign.quarters.filter((q) => districtLists.some((list) => listCoversQuarter(list, q))),
    { formatOrder: outreachFormats.map((f) => f.id), audienceOrder: audiences.map((a) => a.id) },
  );

  const communeTarget = targetFor(plan.targets, 'don-vi-duy-tri-thuong-xuyen');
  const ratio = targetRatio(communeTarget);
  const quarterChart: ChartProps | null =
    quarters.length > 0
      ? {
          id: 'huyen-quy',
          title: `Tỷ lệ đơn vị của ${title} có hoạt động, theo quý`,
          summary:
            ratio === undefined
              ? 'Kế hoạch không nêu mức phải đạt cho chỉ tiêu này.'
              : `Đường gạch là mức ${targetFigure(communeTarget)}. ${quarters.filter((q) => (q.coverage.ratio ?? 0) >= ratio).length}/${quarters.length} quý đạt mức này.`,
          data: quarters.map((q) => ({ label: `Quý ${q.quarter}/${q.year}`, value: q.coverage.ratio })),
          axisLabels: yearAxisLabels(quarters),
          details: quarters.map((q) => `${formatNumber(q.coverage.covered)}/${formatNumber(q.coverage.units)} đơn vị · danh sách ${q.coverage.list.shortLabel}`),
          ...(ratio === undefined ? {} : { target: ratio }),
          columns: ['Quý', 'Tỷ lệ đơn vị có hoạt động'],
        }
      : null;

  const planYears = campaign.indicators.map((y) => y.year).reverse();
  return {
    code,
    title,
    illustrative: campaign.illustrative,
    hasQuarters: quarters.length > 0,
    quarterChart,
    /** Regularity by year, newest first: a row per commune with its activities per quarter. */
    years: tables.map((year) => ({
      year: year.year,
      regularUnits: formatNumber(year.regularUnits),
      units: formatNumber(year.rows.length),
      rule: year.rule,
      list: year.list.label,
      rows: year.rows.map((row) => ({
        href: routes.commune(row.unit),
        name: unitFullName(row.unit),
        cells: row.quarters.map((cell) => ({ zero: cell.count === 0, text: cell.known ? formatNumber(cell.count) : '?' })),
        regular: row.regular ? 'Có' : 'Chưa',
      })),
    })),
    /** Activities by quarter and format, audiences and materials; null when the district recorded none. */
    activities:
      summary.activities.length > 0
        ? { summary, audiences: summary.audiences, materials: withTitles(summary.materials, new Map(materials.map((m) => [m.slug, m.entry.title]))) }
        : null,
    plans: planYears.map((year): DistrictPlanYear => {
      const entry = campaign.districtPlans.find((p) => p.plan.year === year && p.plan.district.code === code);
      if (!entry) return { year, plan: null, progress: null, missedByQuarter: [], missedCount: 0 };
      const { missed } = entry.progress;
      return {
        year,
        plan: entry.plan,
        progress: entry.progress,
        missedByQuarter: [...new Set(missed.map((m) => m.quarter))].map((quarter) => ({ quarter, cells: missed.filter((m) => m.quarter === quarter) })),
        missedCount: missed.reduce((sum, m) => sum + m.formats.length, 0),
      };
    }),
    reports: planYears.map((year): { year: number; report: DistrictReport | undefined } => ({
      year,
      report: campaign.districtReports.find((r) => r.year === year && r.district.code === code),
    })),
  };
}
