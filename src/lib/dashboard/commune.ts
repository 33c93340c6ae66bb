import type { ActivityRecord } from '../activities/types';
import { listCoversQuarter } from '../calendar/periods';
import { quarterLabel, yearAxisLabels } from '../calendar/quarters';
import { formatDate, formatNumber } from '../format/vi';
import { communeParam, routes } from '../routes';
import { audiences, outreachFormats } from '../taxonomy';
import { unitFullName } from '../units/names';
import type { AdminUnit, UnitList } from '../units/types';
import { summarizeRecords, withTitles, type ActivitySummary, type MaterialTitle, type PlanQuarter, type SummaryOptions } from './activity-summary';
import type { Campaign } from './campaign';
import type { ChartProps } from './chart';

/**
 * One commune-level unit's page in the campaign tracker: its activities by
 * quarter and format, audiences reached, materials used and the quarters it
 * had no activity in. A unit is (listId, code): GSO codes are reused across
 * lists, so records are matched on both, never on the code alone.
 */

/** Key of a unit in maps: "2021:11950". */
export const unitKey = (unit: Pick<AdminUnit, 'listId' | 'code'>) => `${unit.listId}:${unit.code}`;

/** The records of each unit, keyed by `unitKey`, in one pass (for building every unit's page). */
export function recordsByUnit(records: Iterable<ActivityRecord>): Map<string, ActivityRecord[]> {
  const result = new Map<string, ActivityRecord[]>();
  for (const record of records) {
    const key = unitKey(record);
    const list = result.get(key);
    if (list) list.push(record);
    else result.set(key, [record]);
  }
  return result;
}

/** One unit's summary: its own records (matched on list and code) over the plan quarters its list is in force for. */
export function communeSummary(
  unit: Pick<AdminUnit, 'listId' | 'code'>,
  list: Pick<UnitList, 'id' | 'validFrom' | 'validTo'>,
  planQuarters: readonly PlanQuarter[],
  records: Iterable<ActivityRecord>,
  options: SummaryOptions = {},
): ActivitySummary {
  if (unit.listId !== list.id) throw new Error(`Unit ${unit.code} belongs to list ${unit.listId}, not ${list.id}`);
  const own = [...records].filter((r) => r.listId === unit.listId && r.code === unit.code);
  return summarizeRecords(
    own,
    planQuarters.filter((q) => listCoversQuarter(list, q)),
    options,
  );
}

/** How many activities show before the rest fold into a <details>. */
export const SHOWN_ACTIVITIES = 20;

/**
 * Every commune-level unit page (/chien-dich/xa/<list>-<code>/): all units of
 * the lists with districts, and the units of the merged province's list
 * formed from old Hưng Yên (the plan's area), each with its own records.
 */
export function communePages(campaign: Pick<Campaign, 'registry' | 'records' | 'inPlanArea'>): { param: string; unit: AdminUnit; records: ActivityRecord[] }[] {
  const byUnit = recordsByUnit(campaign.records);
  return campaign.registry.lists.flatMap((list) =>
    list.units.filter(campaign.inPlanArea).map((unit) => ({ param: communeParam(unit), unit, records: byUnit.get(unitKey(unit)) ?? [] })),
  );
}

/**
 * A commune-level unit's page: where it sits (district, list, the units it
 * came from and went into), its activities by quarter and format, the ended
 * quarters without any, audiences, materials and the activities. Pure.
 */
export function communeView(campaign: Campaign, unit: AdminUnit, records: readonly ActivityRecord[], materials: readonly MaterialTitle[]) {
  const { registry } = campaign;
  const list = registry.listById(unit.listId);
  if (!list) throw new Error(`Unit ${unit.code} of unknown list ${unit.listId}`);
  const listIndex = registry.lists.indexOf(list);
  const name = unitFullName(unit);
  const district = registry.district(list.id, unit.districtCode);
  const districtName = district ? `${district.type} ${district.name}` : null;
  const summary = communeSummary(unit, list, campaign.quarters, records, {
    formatOrder: outreachFormats.map((f) => f.id),
    audienceOrder: audiences.map((a) => a.id),
  });
  const { quarters } = summary;
  const running = quarters.filter((q) => !q.ended);
  const first = quarters[0];
  const last = quarters.at(-1);
  const span = first && last ? `từ ${quarterLabel(first.year, first.quarter)} đến ${quarterLabel(last.year, last.quarter)}` : '';
  const hasRecords = summary.activities.length > 0;

  // The same place in the neighbouring lists; a link where that unit has its own page.
  const link = (u: AdminUnit) => ({ name: unitFullName(u), href: campaign.inPlanArea(u) ? routes.commune(u) : null });
  const previousList = registry.lists[listIndex - 1];
  const nextList = registry.lists[listIndex + 1];
  const enteredOn = registry.transitions.find((t) => t.to === list.id)?.effective;
  const leftOn = registry.transitions.find((t) => t.from === list.id)?.effective;
  const after = nextList ? registry.successors(list.id, unit.code, nextList.id) : null;

  const gaps = summary.uncoveredEnded;
  return {
    name,
    title: `Chiến dịch: ${name}${districtName ? `, ${districtName}` : ''} (${list.shortLabel})`,
    description: `Hoạt động tuyên truyền phòng, chống mại dâm ở ${name}${districtName ? `, ${districtName}` : ''}: theo quý, hình thức, đối tượng và tài liệu đã dùng.`,
    illustrative: campaign.illustrative,
    crumbs: [
      { href: routes.campaign, label: 'Chiến dịch' },
      { href: routes.communes, label: 'Xã, phường, thị trấn' },
      ...(district && districtName ? [{ href: routes.district(district.code), label: districtName }] : []),
      { label: name },
    ],
    district: district && districtName ? { href: routes.district(district.code), name: districtName } : null,
    /** Shown instead of a district once the level is gone. */
    noDistrict: `Không còn cấp huyện từ ${formatDate(list.validFrom)}`,
    code: unit.code,
    // "Danh sách 161 đơn vị cấp xã (01/05/2019 – 31/12/2024)" → "danh sách 161 đơn vị cấp xã": the dates follow in words.
    listName: list.label.replace(/\s*\([^)]*\)\s*$/, '').replace(/^Danh sách/, 'danh sách'),
    validity: list.validTo ? `hiệu lực từ ${formatDate(list.validFrom)} đến ${formatDate(list.validTo)}` : `hiệu lực từ ${formatDate(list.validFrom)}`,
    /** The units of the previous list it came from. */
    before: previousList && enteredOn ? { since: formatDate(enteredOn), units: registry.predecessors(list.id, unit.code, previousList.id).map(link) } : null,
    /** The units of the next list it went into; `unknown` when a source does not say. */
    after:
      after && leftOn
        ? { since: formatDate(leftOn), units: after.units.map(link), unknown: after.known ? '' : `${after.units.length > 0 ? '; ' : ''}nguồn dữ liệu không ghi rõ đơn vị tiếp nhận.` }
        : null,
    headline:
      quarters.length > 0
        ? {
            covered: formatNumber(summary.coveredEnded),
            ended: formatNumber(summary.endedQuarters),
            span,
            running: running.length > 0 ? `; ${running.map((q) => quarterLabel(q.year, q.quarter)).join(', ')} đang diễn ra` : '',
          }
        : null,
    hasRecords,
    /** " (từ Quý 4/2021 đến Quý 4/2024)", or empty. */
    spanSuffix: span && ` (${span})`,
    quarterChart:
      hasRecords && quarters.length > 0
        ? ({
            kind: 'count',
            table: false,
            id: 'bieu-do-quy',
            title: `Số hoạt động của ${name}, theo quý`,
            summary: `Quý chưa có hoạt động ghi số 0 trên biểu đồ. Số liệu chi tiết ở bảng dưới.`,
            data: quarters.map((q) => ({ label: quarterLabel(q.year, q.quarter), value: q.total, mark: q.total === 0 ? '0' : null })),
            axisLabels: yearAxisLabels(quarters),
          } satisfies ChartProps)
        : null,
    summary,
    /** The ended quarters without activity: none ended yet, none missing, all missing, or some (each a link to that quarter's list). */
    gaps:
      quarters.length > 0
        ? {
            kind: summary.endedQuarters === 0 ? ('none-ended' as const) : gaps.length === 0 ? ('none' as const) : gaps.length === summary.endedQuarters ? ('all' as const) : ('some' as const),
            count: formatNumber(gaps.length),
            ended: formatNumber(summary.endedQuarters),
            span,
            links: gaps.map((q) => ({ href: routes.quarter(q), label: quarterLabel(q.year, q.quarter) })),
          }
        : null,
    materials: withTitles(summary.materials, new Map(materials.map((m) => [m.slug, m.entry.title]))),
    activityCount: formatNumber(summary.activities.length),
    shown: summary.activities.slice(0, SHOWN_ACTIVITIES),
    folded: summary.activities.slice(SHOWN_ACTIVITIES),
    foldedCount: formatNumber(Math.max(0, summary.activities.length - SHOWN_ACTIVITIES)),
  };
}
