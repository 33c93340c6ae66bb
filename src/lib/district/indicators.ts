import type { District } from '../units/types';

/** A district's yearly report of the indicators the activity records cannot show. */
export interface DistrictReport {
  year: number;
  district: District;
  source: string;
  mediaItems: number | null;
  /** "co", "chua" or "chua-bao-cao" (not reported). */
  integration: string;
  tipsReceived: number | null;
  tipsHandled: number | null;
  venues: number | null;
  venuesInspected: number | null;
  venuesInspectedSince2021: number | null;
  illustrative: boolean;
}

/** A part of a whole summed over the districts that reported both. */
export interface SharePart {
  /** Districts that reported the figure. */
  reported: number;
  part: number;
  whole: number;
  /** part / whole, or null when nobody reported or the whole is 0. */
  ratio: number | null;
}

export interface YearIndicators {
  year: number;
  /** Districts that existed on 1 January of the year. */
  districts: number;
  /** huyen-co-ke-hoach: districts with a plan for the year, and the mean share of plan cells done. */
  plans: { withPlan: number; ratio: number; meanDone: number | null };
  /** huyen-long-ghep: districts that reported integrating the programme. */
  integration: { reported: number; integrated: number; ratio: number | null };
  /** tin-bai-truyen-thong: items on the media, summed over reporting districts. */
  media: { reported: number; items: number | null };
  /** tin-bao-duoc-xu-ly: tip-offs handled in time / received. */
  tips: SharePart;
  /** co-so-duoc-kiem-tra: venues inspected in the year / venues. */
  venues: SharePart;
  /** co-so-duoc-kiem-tra: venues inspected at least once since 2021 / venues. */
  venuesSince2021: SharePart;
}

function share(reports: readonly DistrictReport[], part: (r: DistrictReport) => number | null, whole: (r: DistrictReport) => number | null): SharePart {
  const both = reports.filter((r) => part(r) !== null && whole(r) !== null);
  const sumPart = both.reduce((sum, r) => sum + (part(r) ?? 0), 0);
  const sumWhole = both.reduce((sum, r) => sum + (whole(r) ?? 0), 0);
  return { reported: both.length, part: sumPart, whole: sumWhole, ratio: sumWhole > 0 ? sumPart / sumWhole : null };
}

/**
 * The province's yearly figures for the indicators of section II that come
 * from district reports and plans. Nothing is estimated: a district that did
 * not report is counted as not reported, never as zero.
 */
export function yearIndicators(
  year: number,
  districts: readonly District[],
  reports: readonly DistrictReport[],
  plans: readonly { districtCode: string; doneRatio: number | null }[],
): YearIndicators {
  const codes = new Set(districts.map((d) => d.code));
  const mine = reports.filter((r) => r.year === year && codes.has(r.district.code));
  const planned = plans.filter((p) => codes.has(p.districtCode));
  const withPlan = new Set(planned.map((p) => p.districtCode)).size;
  const dones = planned.flatMap((p) => (p.doneRatio === null ? [] : [p.doneRatio]));
  const integrationReported = mine.filter((r) => r.integration !== 'chua-bao-cao');
  const media = mine.filter((r) => r.mediaItems !== null);
  return {
    year,
    districts: districts.length,
    plans: {
      withPlan,
      ratio: districts.length > 0 ? withPlan / districts.length : 0,
      meanDone: dones.length > 0 ? dones.reduce((a, b) => a + b, 0) / dones.length : null,
    },
    integration: {
      reported: integrationReported.length,
      integrated: integrationReported.filter((r) => r.integration === 'co').length,
      ratio: integrationReported.length > 0 && districts.length > 0 ? integrationReported.filter((r) => r.integration === 'co').length / districts.length : null,
    },
    media: { reported: media.length, items: media.length > 0 ? media.reduce((sum, r) => sum + (r.mediaItems ?? 0), 0) : null },
    tips: share(mine, (r) => r.tipsHandled, (r) => r.tipsReceived),
    venues: share(mine, (r) => r.venuesInspected, (r) => r.venues),
    venuesSince2021: share(mine, (r) => r.venuesInspectedSince2021, (r) => r.venues),
  };
}
