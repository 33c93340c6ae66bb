import type { ActivityRecord } from '../activities/types';
import { quarterEnded, quartersBetween } from '../calendar/quarters';
import { countActivities } from '../coverage/counts';
import { quarterCoverage } from '../coverage/quarterly';
import { audienceReach, type Denominator } from '../coverage/reach';
import { yearRegularity } from '../coverage/regularity';
import { yearIndicators, type DistrictReport } from '../district/indicators';
import { districtListOf, resolveDistrictYear, toDistrictPlan, type DistrictPlanFacts } from '../district/plan';
import { formatIndex, planProgress } from '../district/progress';
import type { DistrictYearRow } from '../district/year-csv';
import { reachAudiences, type PlanTarget } from '../plans/targets';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit } from '../units/types';
import { quarterReporting } from '../reporting/status';
import type { QuarterReports } from '../reporting/types';

/**
 * The campaign tracker's figures, computed once from the content (plan,
 * activities, unit lists, denominators, district plans and reports) and a
 * date; every dashboard page's view model is built from them. Pure.
 */

export type { PlanTarget };

/** What the dashboards read of the current plan (content/ke-hoach/). */
export interface CampaignPlan {
  number: string;
  periodStart: string;
  periodEnd: string;
  regularQuartersPerYear: number;
  /** The units the plan covers: old Hưng Yên's ("hung-yen-cu", the default) or every unit of the list in force ("toan-tinh"). */
  area?: string;
  targets: readonly PlanTarget[];
}

/** A district's yearly report as stored (content/bao-cao-huyen/). */
export type DistrictReportFacts = Omit<DistrictReport, 'year' | 'district' | 'illustrative'> & { illustrative?: unknown };

export interface CampaignInput<P extends CampaignPlan> {
  plan: P;
  records: ActivityRecord[];
  registry: UnitRegistry;
  /** content/mau-so/: each year's denominators, the year being the file's slug. */
  denominators: readonly { slug: string; figures: readonly Denominator[] }[];
  districtPlans: readonly { slug: string; entry: DistrictPlanFacts }[];
  districtReports: readonly { slug: string; entry: DistrictReportFacts }[];
  /** The build's date: figures of a quarter still running are marked as such. */
  today: string;
  /** content/bao-cao-quy/: reports received and closes, per quarter (none: nothing recorded). */
  quarterReports?: readonly QuarterReports[];
  /** Days after a quarter's end that a report is on time (content/cai-dat-bao-cao/). */
  dueDays?: number;
}

export function buildCampaign<P extends CampaignPlan>({ plan, records, registry, denominators, districtPlans: planEntries, districtReports: reportEntries, today, quarterReports = [], dueDays = 10 }: CampaignInput<P>) {
  const counts = countActivities(records);
  // A plan of old Hưng Yên (plan 164): after the 2025 merger, count the units formed from it.
  const inPlanArea =
    plan.area === 'toan-tinh' ? () => true : (unit: AdminUnit) => unit.formedFromOldProvince === null || unit.formedFromOldProvince === registry.province.name;
  const audiencesMeasured = reachAudiences(plan.targets);
  const quarters = quartersBetween(plan.periodStart, plan.periodEnd, today).flatMap((period) => {
    const coverage = quarterCoverage(counts, registry, period.year, period.quarter, inPlanArea);
    const reports = quarterReports.find((r) => r.year === period.year && r.quarter === period.quarter);
    // Reports received, on time, and the three states (had activity / reported none / not reported), beside coverage.
    const reporting = quarterReporting({ period, registry, records, reports, dueDays, inScope: inPlanArea });
    return coverage ? [{ ...period, coverage, ended: quarterEnded(period, today), reports, reporting }] : [];
  });
  const yearNumbers = [...new Set(quarters.map((q) => q.year))];
  const years = yearNumbers.flatMap((year) => {
    const regularity = yearRegularity(counts, registry, year, plan.regularQuartersPerYear, inPlanArea);
    return regularity ? [regularity] : [];
  });
  const reach = yearNumbers.map((year) => {
    const figures = denominators.find((entry) => entry.slug === String(year))?.figures ?? [];
    const yearDenominators: Denominator[] = figures.map((figure) => ({
      audience: figure.audience,
      value: figure.value,
      scope: figure.scope,
      source: figure.source,
      confidence: figure.confidence,
    }));
    return { year, audiences: audienceReach(records, registry, year, audiencesMeasured, yearDenominators) };
  });
  // District plans against the activities recorded (target II.2.a), and the district reports.
  const index = formatIndex(records);
  const districtPlans = planEntries.map(({ slug, entry }) => {
    const districtPlan = toDistrictPlan(entry, slug, registry);
    return { plan: districtPlan, progress: planProgress(districtPlan, index, (year, quarter) => quarterEnded({ year, quarter }, today)) };
  });
  const districtReports: DistrictReport[] = reportEntries.flatMap(({ slug, entry }) => {
    const place = resolveDistrictYear(slug, registry);
    return 'problem' in place ? [] : [{ ...entry, year: place.year, district: place.district, illustrative: entry.illustrative === true }];
  });
  const indicators = yearNumbers.flatMap((year) => {
    const list = districtListOf(registry, year);
    if (!list) return [];
    const plans = districtPlans.filter((p) => p.plan.year === year).map((p) => ({ districtCode: p.plan.district.code, doneRatio: p.progress.ratio }));
    return [yearIndicators(year, list.districts, districtReports, plans)];
  });
  return {
    plan,
    districtPlans,
    districtReports,
    indicators,
    registry,
    records,
    counts,
    quarters,
    years,
    reach,
    today,
    dueDays,
    inPlanArea,
    /** True while any shown record is sample data (dữ liệu minh họa). */
    illustrative:
      records.some((record) => record.illustrative) || districtPlans.some((p) => p.plan.illustrative) || districtReports.some((r) => r.illustrative),
  };
}

export type Campaign<P extends CampaignPlan = CampaignPlan> = ReturnType<typeof buildCampaign<P>>;

/** The districts of a year (2021–2025) with each one's plan and report, if any. */
export function districtYearRows(campaign: Campaign, year: number): DistrictYearRow[] {
  return (districtListOf(campaign.registry, year)?.districts ?? []).map((district) => ({
    district,
    plan: campaign.districtPlans.find((p) => p.plan.year === year && p.plan.district.code === district.code),
    report: campaign.districtReports.find((r) => r.year === year && r.district.code === district.code),
  }));
}
