import { formatShare, integrationLabel, NOT_REPORTED } from '../district/labels';
import { formatDate, formatNumber, formatPercent } from '../format/vi';
import { routes } from '../routes';
import { districtYearRows, type Campaign } from './campaign';

/**
 * One year of the district level (/chien-dich/nam/<year>/, 2021–2025): each
 * district's plan, the share of it done, and the indicators it reported; a
 * figure not reported reads NOT_REPORTED, never 0. Pure.
 */
export function districtYearView(campaign: Campaign, year: number) {
  const summary = campaign.indicators.find((y) => y.year === year);
  if (!summary) throw new Error(`No district indicators for ${year}`);
  const rows = districtYearRows(campaign, year);
  return {
    year,
    title: `Kế hoạch và chỉ tiêu của các huyện, năm ${year}`,
    illustrative: campaign.illustrative,
    /** Every year with a page; the current one has no link. */
    years: campaign.indicators.map((y) => ({ year: y.year, href: y.year === year ? null : routes.year(y.year) })),
    withPlan: formatNumber(summary.plans.withPlan),
    districts: formatNumber(summary.districts),
    /** 2025: the district level ended on 30/06/2025. */
    halfYear: year === 2025,
    rows: rows.map(({ district, plan, report }) => ({
      href: routes.district(district.code, year),
      name: `${district.type} ${district.name}`,
      plan: plan ? `${plan.plan.number}${plan.plan.issuedOn ? `, ${formatDate(plan.plan.issuedOn)}` : ''}` : 'Chưa có kế hoạch',
      progress: plan
        ? plan.progress.ratio === null
          ? 'Chưa đến hạn'
          : `${formatNumber(plan.progress.done)}/${formatNumber(plan.progress.due)} (${formatPercent(plan.progress.ratio)})`
        : '–',
      integration: integrationLabel(report?.integration),
      tips: formatShare(report?.tipsHandled, report?.tipsReceived),
      venues: formatShare(report?.venuesInspected, report?.venues),
      venuesSince2021: formatShare(report?.venuesInspectedSince2021, report?.venues),
      media: report?.mediaItems == null ? NOT_REPORTED : formatNumber(report.mediaItems),
    })),
    /** The reports' sources, by district. */
    sources: rows.flatMap(({ district, report }) => (report?.source ? [{ name: `${district.type} ${district.name}`, source: report.source }] : [])),
    csvHref: routes.yearCsv(year),
  };
}
