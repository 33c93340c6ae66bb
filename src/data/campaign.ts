import { isoDateIn } from '../lib/calendar/dates';
import { countActivities } from '../lib/coverage/counts';
import { quarterCoverage } from '../lib/coverage/quarterly';
import { audienceReach, type Denominator } from '../lib/coverage/reach';
import { yearRegularity } from '../lib/coverage/regularity';
import { quarterEnded, quartersBetween } from '../lib/calendar/quarters';
import { yearIndicators, type DistrictReport } from '../lib/district/indicators';
import { districtListOf, resolveDistrictYear, toDistrictPlan } from '../lib/district/plan';
import { formatIndex, planProgress } from '../lib/district/progress';
import type { DistrictYearRow } from '../lib/district/year-csv';
import type { AdminUnit } from '../lib/units/types';
import { getActivities } from './activities';
import { memoByContent } from './content-memo';
import { getCurrentPlan, getDistrictPlanEntries, getDistrictReportEntries, reader } from './site';

/** Audiences whose reach the plan measures (targets 1c, 1d, 1e). */
export const REACH_AUDIENCES = ['lao-dong-co-so-dich-vu', 'lao-dong-khu-cong-nghiep', 'hoc-sinh-sinh-vien'] as const;


async function loadCampaign() {
  const plan = (await getCurrentPlan()).entry;
  const { records, files, registry } = getActivities();
  const counts = countActivities(records);
  // The build's date: figures of a quarter still running are marked as such.
  const today = isoDateIn(new Date());
  // Plan 164 is old Hưng Yên's plan: after the 2025 merger, count the units formed from it.
  const inPlanArea = (unit: AdminUnit) => unit.formedFromOldProvince === null || unit.formedFromOldProvince === registry.province.name;
  const quarters = quartersBetween(plan.periodStart, plan.periodEnd, today).flatMap((period) => {
    const coverage = quarterCoverage(counts, registry, period.year, period.quarter, inPlanArea);
    return coverage ? [{ ...period, coverage, ended: quarterEnded(period, today) }] : [];
  });
  const yearNumbers = [...new Set(quarters.map((q) => q.year))];
  const years = yearNumbers.flatMap((year) => {
    const regularity = yearRegularity(counts, registry, year, plan.regularQuartersPerYear, inPlanArea);
    return regularity ? [regularity] : [];
  });
  const denominatorEntries = await reader.collections.mauSo.all();
  const reach = yearNumbers.map((year) => {
    const figures = denominatorEntries.find((entry) => entry.slug === String(year))?.entry.figures ?? [];
    const denominators: Denominator[] = figures.map((figure) => ({
      audience: figure.audience,
      value: figure.value,
      scope: figure.scope,
      source: figure.source,
      confidence: figure.confidence,
    }));
    return { year, audiences: audienceReach(records, registry, year, REACH_AUDIENCES, denominators) };
  });
  // District plans against the activities recorded (target II.2.a), and the district reports.
  const index = formatIndex(records);
  const districtPlans = (await getDistrictPlanEntries()).map(({ slug, entry }) => {
    const districtPlan = toDistrictPlan(entry, slug, registry);
    return { plan: districtPlan, progress: planProgress(districtPlan, index, (year, quarter) => quarterEnded({ year, quarter }, today)) };
  });
  const districtReports: DistrictReport[] = (await getDistrictReportEntries()).flatMap(({ slug, entry }) => {
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
    files,
    counts,
    quarters,
    years,
    reach,
    today,
    inPlanArea,
    /** True while any shown record is sample data (dữ liệu minh họa). */
    illustrative:
      records.some((record) => record.illustrative) || districtPlans.some((p) => p.plan.illustrative) || districtReports.some((r) => r.illustrative),
  };
}

/** Everything the campaign pages show, computed once per build from the content files (in dev, again after a change). */
export const getCampaign = memoByContent(process.cwd(), loadCampaign);

export type Campaign = Awaited<ReturnType<typeof getCampaign>>;

/** The districts of a year (2021–2025) with each one's plan and report, if any. */
export function districtYearRows(campaign: Campaign, year: number): DistrictYearRow[] {
  return (districtListOf(campaign.registry, year)?.districts ?? []).map((district) => ({
    district,
    plan: campaign.districtPlans.find((p) => p.plan.year === year && p.plan.district.code === district.code),
    report: campaign.districtReports.find((r) => r.year === year && r.district.code === district.code),
  }));
}
