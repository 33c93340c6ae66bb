import { seededRandom, SAMPLE_SUFFIX } from '../activities/sample';
import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import { districtListOf, quartersInList } from './plan';

/**
 * Illustrative district plans and reports (dữ liệu minh họa) to go with the
 * sample activities, so the plan and indicator dashboards have something to
 * compare. Reproducible (fixed seed), marked illustrative: true, and some
 * districts are left without a plan or a report so "chưa có" shows too.
 * Returns file contents (as stored) by file name.
 */
export interface DistrictSample {
  plans: Map<string, Record<string, unknown>>;
  reports: Map<string, Record<string, unknown>>;
}

/** District-years left without a plan or a report in the sample. */
const NO_PLAN = new Set(['2022-329', '2022-333', '2023-333']);
const NO_REPORT = new Set(['2025-326', '2025-329', '2025-331', '2025-333']);

export function generateDistrictSample(registry: UnitRegistry, years: readonly number[], seed: number): DistrictSample {
  const random = seededRandom(seed * 7 + 1);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const plans = new Map<string, Record<string, unknown>>();
  const reports = new Map<string, Record<string, unknown>>();
  const inspectedSoFar = new Map<string, number>();
  const venuesOf = new Map<string, number>();

  for (const year of years) {
    const list = districtListOf(registry, year);
    if (!list) continue;
    const quarters = quartersInList(list, year).map(String);
    list.districts.forEach((district, index) => {
      const slug = `${year}-${district.code}`;
      const units = list.units.filter((unit) => unit.districtCode === district.code);
      const some = (n: number) => [...units].sort(() => random() - 0.5).slice(0, Math.min(n, units.length)).map((unit) => unitFullName(unit));
      const fitting = (wanted: string[]) => wanted.filter((q) => quarters.includes(q));
      if (!NO_PLAN.has(slug)) {
        const items = [
          { communes: [], formats: ['loa-truyen-thanh'], quarters, note: `Mỗi quý ít nhất một lần phát thanh ${SAMPLE_SUFFIX}` },
          { communes: some(3), formats: ['hoi-nghi', 'to-roi'], quarters: fitting(['2', '4']), note: '' },
          { communes: some(2), formats: ['truyen-thong-truc-tiep'], quarters: fitting(['1', '3']), note: '' },
          { communes: some(2), formats: ['ngoai-khoa'], quarters: fitting(['4', '1']).slice(0, 1), note: '' },
        ].filter((item) => item.quarters.length > 0);
        plans.set(slug, {
          file: slug,
          number: `${between(2, 40)}/KH-UBND`,
          issuedOn: `${year}-01-${String(between(5, 28)).padStart(2, '0')}`,
          title: `Kế hoạch tuyên truyền phòng, chống mại dâm năm ${year} của UBND ${district.type.toLowerCase()} ${district.name} ${SAMPLE_SUFFIX}`,
          items,
          illustrative: true,
        });
      }
      if (NO_REPORT.has(slug)) return;
      const venues = venuesOf.get(district.code) ?? between(25, 110);
      venuesOf.set(district.code, venues);
      const inspected = Math.round(venues * (0.35 + random() * 0.5));
      const since = Math.min(venues, Math.max(inspected, (inspectedSoFar.get(district.code) ?? 0) + Math.round(venues * random() * 0.3)));
      inspectedSoFar.set(district.code, since);
      const received = between(0, 12);
      const report: Record<string, unknown> = {
        file: slug,
        // The district level ended on 30/06/2025: that year's reports are dated June.
        source: `Báo cáo ${between(100, 300)}/BC-UBND ngày ${between(10, 20)}/${year === 2025 ? '06' : '12'}/${year} ${SAMPLE_SUFFIX}`,
        mediaItems: between(4, 36),
        integration: year === 2022 && index % 4 === 1 ? 'chua' : 'co',
        tipsReceived: received,
        tipsHandled: Math.max(0, received - (random() < 0.25 ? 1 : 0)),
        venues,
        venuesInspected: inspected,
        venuesInspectedSince2021: since,
        note: 'Dữ liệu minh họa, không phải số liệu thật.',
        illustrative: true,
      };
      // One report leaves the tip-off figures out, as real ones sometimes do.
      if (slug === '2023-330') {
        delete report.tipsReceived;
        delete report.tipsHandled;
      }
      reports.set(slug, report);
    });
  }
  return { plans, reports };
}
