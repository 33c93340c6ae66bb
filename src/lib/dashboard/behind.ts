import { quarterId, quarterLabel } from '../calendar/quarters';
import { quarterCoverage } from '../coverage/quarterly';
import { formatNumber, formatPercent } from '../format/vi';
import type { Feature } from '../map/geo';
import { routes } from '../routes';
import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit, District } from '../units/types';
import type { Campaign } from './campaign';
import { listScope } from './list-scope';
import { reportingCells, reportingNote } from './reporting';
import { STATE_LABELS } from '../reporting/status';

export interface DistrictGroup {
  /** Null for lists without a district level (from 01/07/2025). */
  district: District | null;
  units: AdminUnit[];
}

/** Units grouped by district in code order (the list an officer phones on Monday). */
export function groupByDistrict(units: readonly AdminUnit[], registry: UnitRegistry): DistrictGroup[] {
  const groups = new Map<string, DistrictGroup>();
  for (const unit of [...units].sort((a, b) => (a.districtCode ?? '').localeCompare(b.districtCode ?? '') || a.code.localeCompare(b.code))) {
    const key = unit.districtCode ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { district: registry.district(unit.listId, unit.districtCode) ?? null, units: [] }));
    group.units.push(unit);
  }
  return [...groups.values()];
}

/** A commune-level unit in a list of links: its page, full name and code. */
export interface UnitLink {
  href: string;
  name: string;
  code: string;
}

export const unitLink = (unit: AdminUnit): UnitLink => ({ href: routes.commune(unit), name: unitFullName(unit), code: unit.code });

export type DistrictShape = Feature<{ district_code: string; district_name: string; district_type: string }>;
export type CommuneShape = Feature<{ commune_code: string; commune_name: string; commune_type: string }>;

/** The quarters with a list of units with no activity (/chien-dich/cham/), newest first. */
export function behindIndexView(campaign: Campaign) {
  return {
    illustrative: campaign.illustrative,
    rows: [...campaign.quarters].reverse().map((q) => ({
      href: routes.quarter(q),
      label: quarterLabel(q.year, q.quarter),
      list: q.coverage.list.shortLabel,
      uncovered: formatNumber(q.coverage.uncovered.length),
      units: formatNumber(q.coverage.units),
      ratio: formatPercent(q.coverage.ratio ?? 0),
      reporting: q.reporting ? reportingCells(q.reporting) : null,
    })),
    reportingNote: reportingNote(campaign.dueDays),
  };
}

/**
 * A quarter's units with no outreach activity (/chien-dich/cham/<quarter>/):
 * the figure, a map (districts while the list has a district level, else the
 * plan area's communes), the units grouped by district, the CSV to phone them.
 */
export function behindQuarterView(campaign: Campaign, id: string, shapes: { districts: readonly DistrictShape[]; communes: readonly CommuneShape[] }) {
  const index = campaign.quarters.findIndex((q) => quarterId(q) === id);
  const period = campaign.quarters[index];
  if (!period) throw new Error(`No plan quarter ${id}`);
  const { coverage } = period;
  const { registry } = campaign;
  const label = quarterLabel(period.year, period.quarter);
  const neighbour = (q: (typeof campaign.quarters)[number] | undefined) => (q ? { href: routes.quarter(q), label: quarterLabel(q.year, q.quarter) } : null);

  const list = registry.listById(coverage.list.id)!;
  const reportedNone = new Set((period.reporting?.rows ?? []).filter((row) => row.received).flatMap((row) => row.reporter.units.map((u) => u.code)));
  const uncoveredCodes = new Set(coverage.uncovered.map((unit) => unit.code));
  const map =
    list.districts.length > 0
      ? {
          title: `Tỷ lệ xã có hoạt động theo huyện, ${label}`,
          legend: undefined,
          labels: {},
          areas: shapes.districts.map((feature) => {
            const c = quarterCoverage(campaign.counts, registry, period.year, period.quarter, (u) => u.districtCode === feature.properties.district_code);
            const name = `${feature.properties.district_type} ${feature.properties.district_name}`;
            return c && c.units > 0
              ? { feature, name, ratio: c.ratio, detail: `${formatNumber(c.covered)}/${formatNumber(c.units)} đơn vị có hoạt động` }
              : { feature, name, ratio: null, detail: 'chưa có dữ liệu' };
          }),
        }
      : {
          title: `Xã, phường có hoạt động, ${label} (vùng tỉnh Hưng Yên cũ)`,
          legend: ['duoi-50', 'tu-90'],
          labels: { 'duoi-50': 'Chưa có hoạt động', 'tu-90': 'Có hoạt động' },
          areas: shapes.communes
            .filter((feature) => list.units.some((u) => u.code === feature.properties.commune_code && campaign.inPlanArea(u)))
            .map((feature) => ({
              feature,
              name: `${feature.properties.commune_type} ${feature.properties.commune_name}`,
              ratio: uncoveredCodes.has(feature.properties.commune_code) ? 0 : 1,
              detail: uncoveredCodes.has(feature.properties.commune_code) ? 'chưa có hoạt động' : 'có hoạt động',
            })),
        };

  return {
    title: `Đơn vị chưa có hoạt động tuyên truyền – ${label}`,
    quarter: label,
    illustrative: campaign.illustrative,
    uncovered: formatNumber(coverage.uncovered.length),
    units: formatNumber(coverage.units),
    running: !period.ended,
    ratio: formatPercent(coverage.ratio ?? 0),
    /** Reports received, on time, the three states and the close, beside coverage. */
    reporting: period.reporting ? reportingCells(period.reporting) : null,
    reportingNote: reportingNote(campaign.dueDays),
    scope: listScope(coverage, registry),
    /** " 3 hoạt động ghi theo danh sách khác …", or empty. */
    otherLists: coverage.otherListActivities > 0 ? ` ${formatNumber(coverage.otherListActivities)} hoạt động ghi theo danh sách khác trong quý không được tính ở đây.` : '',
    previous: neighbour(campaign.quarters[index - 1]),
    next: neighbour(campaign.quarters[index + 1]),
    map,
    csvHref: routes.quarterCsv(period),
    allCovered: coverage.uncovered.length === 0,
    groups: groupByDistrict(coverage.uncovered, registry).map((group) => ({
      id: `huyen-${group.district?.code ?? 'tinh'}`,
      name: group.district ? `${group.district.type} ${group.district.name}` : 'Toàn tỉnh (không còn cấp huyện)',
      count: formatNumber(group.units.length),
      // A unit with no activity whose report came in "reported no activity"; the others have not reported.
      units: group.units.map((unit) => ({ ...unitLink(unit), state: reportedNone.has(unit.code) ? STATE_LABELS['khong-co-hoat-dong'] : STATE_LABELS['chua-bao-cao'] })),
    })),
  };
}
