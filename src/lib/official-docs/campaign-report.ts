import type { ActivityRecord } from '../activities/types';
import { quarterEnded, quarterLabel, quarterRange, QUARTERS, type Quarter } from '../calendar/quarters';
import { quarterCoverage } from '../coverage/quarterly';
import { yearRegularity } from '../coverage/regularity';
import type { Campaign, CampaignPlan } from '../dashboard/campaign';
import { formatDate, formatNumber, formatPercent } from '../format/vi';
import { measureYear, metLabel } from '../plans/evaluate';
import { NEW_PLAN_PATH } from '../plans/in-force';
import type { PlanCampaignItem } from '../plans/view';
import { audiences, labelOf, outreachFormats } from '../taxonomy';
import { unitFullName } from '../units/names';
import type { AdminUnit } from '../units/types';
import type { OfficialHeader, OfficialReport, ReportBlock } from './nd30-docx';

/**
 * The quarterly and yearly reports sent upward (báo cáo quý, báo cáo năm),
 * for the province and for each district while districts existed: the
 * figures the dashboards show for the same period and units, laid out as a
 * report in the state document format. The parts only officers can write
 * (difficulties, proposals) are left as marked blanks. Pure.
 */

export type ReportScope = { kind: 'tinh' } | { kind: 'huyen'; code: string; name: string };
export type ReportPeriod = { year: number; quarter?: Quarter };

export interface ReportRef {
  slug: string;
  scope: ReportScope;
  period: ReportPeriod;
  /** "Quý 3/2024" or "Năm 2024". */
  periodLabel: string;
  scopeLabel: string;
}

const periodLabel = (period: ReportPeriod) => (period.quarter ? quarterLabel(period.year, period.quarter) : `Năm ${period.year}`);
const periodRange = (period: ReportPeriod) =>
  period.quarter ? quarterRange(period.year, period.quarter) : { start: `${period.year}-01-01`, end: `${period.year}-12-31` };

/** Every report the site offers on `today`: the province's ended quarters and each year begun; each district's years while districts existed. */
export function reportRefs(campaign: Pick<Campaign, 'registry'>, firstYear: number, firstQuarter: Quarter, today: string): ReportRef[] {
  const refs: ReportRef[] = [];
  const lastYear = Number(today.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const quarters = QUARTERS.filter((q) => (year > firstYear || q >= firstQuarter) && quarterEnded({ year, quarter: q }, today));
    const districtsOf = (date: string) => campaign.registry.listOn(date)?.districts ?? [];
    const yearDistricts = [...new Map([...districtsOf(`${year}-01-01`), ...districtsOf(`${year}-06-30`)].map((d) => [d.code, d])).values()];
    const add = (scope: ReportScope, period: ReportPeriod) =>
      refs.push({
        slug: `${scope.kind === 'tinh' ? 'tinh' : `huyen-${scope.code}`}-${year}${period.quarter ? `-q${period.quarter}` : ''}`,
        scope,
        period,
        periodLabel: periodLabel(period),
        scopeLabel: scope.kind === 'tinh' ? 'Toàn tỉnh' : scope.name,
      });
    add({ kind: 'tinh' }, { year });
    for (const quarter of quarters) add({ kind: 'tinh' }, { year, quarter });
    // A district's yearly file carries each quarter's figures (coverage by quarter, activities per commune and
    // quarter); separate quarterly files per district (≈ 150 more Word files) would cost the build seconds.
    for (const district of yearDistricts) add({ kind: 'huyen', code: district.code, name: `${district.type} ${district.name}` }, { year });
  }
  return refs;
}

export interface ReportInput<P extends CampaignPlan> {
  ref: ReportRef;
  plans: readonly PlanCampaignItem<P>[];
  /** The campaign of all records (any plan's campaign: records, registry and counts are the same). */
  campaign: Campaign<P>;
  header: OfficialHeader;
  to: readonly string[];
  today: string;
}

const pct = (ratio: number | null) => (ratio === null ? '–' : formatPercent(ratio));

/** The report's words and tables. */
export function campaignReport<P extends CampaignPlan>({ ref, plans, campaign, header, to, today }: ReportInput<P>): OfficialReport {
  const { period, scope } = ref;
  const range = periodRange(period);
  const running = range.end >= today;
  const inForce = plans.filter((item) => item.plan.periodStart <= range.end && item.plan.periodEnd >= range.start);
  const inScope = (unit: Pick<AdminUnit, 'districtCode'>) => scope.kind === 'tinh' || unit.districtCode === scope.code;
  const records = campaign.records.filter((r) => r.date >= range.start && r.date <= range.end && inScopeRecord(campaign, r, inScope));
  const blocks: ReportBlock[] = [];
  const where = scope.kind === 'tinh' ? 'trên địa bàn tỉnh' : `trên địa bàn ${scope.name}`;

  blocks.push({
    kind: 'paragraph',
    text: `Báo cáo kết quả công tác tuyên truyền phòng, chống mại dâm ${where}, ${ref.periodLabel.toLowerCase()} (từ ngày ${formatDate(range.start)} đến ngày ${formatDate(running ? today : range.end)}${running ? ', kỳ báo cáo chưa kết thúc' : ''}). Số liệu tính từ các hoạt động do xã, phường ghi nhận và báo cáo năm của các huyện trên trang theo dõi chiến dịch, cùng cách tính với trang Chiến dịch.`,
  });

  // I. Plans in force and their targets.
  blocks.push({ kind: 'heading', text: 'I. Kế hoạch và chỉ tiêu áp dụng trong kỳ' });
  if (inForce.length === 0) {
    blocks.push({ kind: 'paragraph', text: `Chưa nhập kế hoạch năm ${period.year}: chưa có chỉ tiêu để so sánh. Cán bộ nhập kế hoạch tại ${NEW_PLAN_PATH}.` });
  }
  for (const item of inForce) {
    blocks.push({ kind: 'subheading', text: `Kế hoạch số ${item.plan.number}${item.plan.issuedOn ? ` ngày ${formatDate(item.plan.issuedOn)}` : ''} của ${item.plan.issuer} (giai đoạn ${formatDate(item.plan.periodStart)} – ${formatDate(item.plan.periodEnd)})` });
    if (period.quarter || scope.kind === 'huyen') {
      blocks.push({
        kind: 'paragraph',
        text:
          scope.kind === 'huyen'
            ? 'Các chỉ tiêu của kế hoạch tính cho toàn tỉnh (xem báo cáo của tỉnh); báo cáo này nêu số liệu của huyện trong kỳ.'
            : 'Các chỉ tiêu của kế hoạch tính theo năm: xem báo cáo năm; báo cáo quý nêu số liệu của quý.',
        italic: true,
      });
      continue;
    }
    blocks.push({
      kind: 'table',
      caption: `Kết quả thực hiện chỉ tiêu năm ${period.year}${running ? ` (tính đến ngày ${formatDate(today)})` : ''}`,
      columns: ['Chỉ tiêu', 'Mức phải đạt', `Kết quả năm ${period.year}`, 'Đánh giá'],
      rows: item.plan.targets.map((target) => {
        const figure = measureYear(item.campaign, target, period.year);
        const beforeDeadline = target.frequency !== 'hang-nam' && !!target.deadline && `${period.year}-12-31` < target.deadline;
        const verdict = beforeDeadline ? `Chưa đến hạn (${formatDate(target.deadline!)})` : metLabel(figure.met, target);
        return [`${target.section}. ${target.label}`, target.targetText, figure.basis ? `${figure.text} (${figure.basis})` : figure.text, verdict];
      }),
    });
  }

  // II. Units with activities.
  blocks.push({ kind: 'heading', text: 'II. Xã, phường, thị trấn có hoạt động tuyên truyền' });
  const quarters = period.quarter ? [period.quarter] : QUARTERS.filter((q) => quarterRange(period.year, q).start <= today);
  const planArea = inForce[0]?.campaign.inPlanArea ?? (() => true);
  const coverageRows = quarters.flatMap((quarter) => {
    const coverage = quarterCoverage(campaign.counts, campaign.registry, period.year, quarter, (unit) => inScope(unit) && (scope.kind === 'huyen' || planArea(unit)));
    return coverage && coverage.units > 0
      ? [[quarterLabel(period.year, quarter), `${formatNumber(coverage.covered)}/${formatNumber(coverage.units)}`, pct(coverage.ratio), coverage.list.shortLabel]]
      : [];
  });
  blocks.push(
    coverageRows.length > 0
      ? { kind: 'table', caption: 'Đơn vị cấp xã có ít nhất một hoạt động, theo quý', columns: ['Quý', 'Đơn vị có hoạt động', 'Tỷ lệ', 'Tính theo danh sách'], rows: coverageRows }
      : { kind: 'paragraph', text: 'Không có danh sách đơn vị cho kỳ này.' },
  );
  if (!period.quarter) {
    const rule = inForce[0]?.plan.regularQuartersPerYear ?? 3;
    const regularity = yearRegularity(campaign.counts, campaign.registry, period.year, rule, (unit) => inScope(unit) && (scope.kind === 'huyen' || planArea(unit)));
    if (regularity && regularity.rows.length > 0) {
      blocks.push({
        kind: 'paragraph',
        text: `Duy trì thường xuyên (có hoạt động ở ít nhất ${rule}/4 quý): ${formatNumber(regularity.regularUnits)}/${formatNumber(regularity.rows.length)} đơn vị (${pct(regularity.ratio)}), theo ${regularity.list.label}.`,
      });
      if (scope.kind === 'huyen') {
        blocks.push({
          kind: 'table',
          caption: `Số hoạt động theo quý của từng đơn vị, năm ${period.year}`,
          columns: ['Đơn vị', 'Quý 1', 'Quý 2', 'Quý 3', 'Quý 4', 'Thường xuyên'],
          rows: regularity.rows.map((row) => [unitFullName(row.unit), ...row.quarters.map((c) => (c.known ? formatNumber(c.count) : '?')), row.regular ? 'Có' : 'Chưa']),
        });
      }
    }
  }
  if (scope.kind === 'tinh') {
    const districtRows = districtCoverageRows(campaign, period, quarters);
    if (districtRows.length > 0) {
      blocks.push({ kind: 'table', caption: 'Theo huyện (cấp huyện có đến 30/06/2025): đơn vị có hoạt động trong kỳ', columns: ['Huyện', 'Đơn vị có hoạt động', period.quarter ? 'Tỷ lệ' : 'Tỷ lệ bình quân các quý'], rows: districtRows });
    }
  }

  // III. Activities and people reached.
  blocks.push({ kind: 'heading', text: 'III. Hoạt động và người được tuyên truyền' });
  const byFormat = outreachFormats.map((format) => {
    const mine = records.filter((r) => r.format === format.id);
    return [format.label, formatNumber(mine.length), formatNumber(mine.reduce((sum, r) => sum + (r.participants ?? 0), 0))];
  });
  blocks.push({ kind: 'table', caption: 'Hoạt động theo hình thức', columns: ['Hình thức', 'Số hoạt động', 'Lượt người'], rows: [...byFormat, ['Tổng', formatNumber(records.length), formatNumber(records.reduce((s, r) => s + (r.participants ?? 0), 0))]] });
  blocks.push({
    kind: 'table',
    caption: 'Lượt người được tuyên truyền theo nhóm đối tượng (một hoạt động cho nhiều nhóm được tính cho mỗi nhóm)',
    columns: ['Nhóm đối tượng', 'Số hoạt động', 'Lượt người'],
    rows: audiences.map((audience) => {
      const mine = records.filter((r) => r.audiences.includes(audience.id));
      return [labelOf(audiences, audience.id), formatNumber(mine.length), formatNumber(mine.reduce((sum, r) => sum + (r.participants ?? 0), 0))];
    }),
  });

  // IV. What only officers can write.
  blocks.push({ kind: 'heading', text: 'IV. Khó khăn, vướng mắc; kiến nghị, đề xuất' });
  blocks.push({ kind: 'paragraph', text: '(Phần này do cán bộ viết; trang theo dõi không tự viết.) ……………………………………………………………………………………………………', italic: true });
  if (inForce.some((item) => item.plan.number === '164/KH-UBND')) {
    blocks.push({
      kind: 'paragraph',
      text: 'Ghi chú: bản Kế hoạch 164/KH-UBND trên trang dừng ở giữa mục II.3; các nội dung hỗ trợ người bán dâm, nâng cao năng lực, kinh phí, phân công trách nhiệm và chế độ báo cáo không có trong bản này, nên báo cáo không tự nêu.',
      italic: true,
    });
  }

  return {
    header,
    kind: 'Báo cáo',
    summary: `Kết quả công tác tuyên truyền phòng, chống mại dâm ${scope.kind === 'tinh' ? '' : `${scope.name} `}${ref.periodLabel.toLowerCase()}`.replace(/\s+/g, ' '),
    to,
    blocks,
    illustrative: records.some((r) => r.illustrative) || campaign.illustrative,
    title: `Báo cáo ${ref.periodLabel.toLowerCase()} – ${ref.scopeLabel}`,
  };
}

function inScopeRecord<P extends CampaignPlan>(campaign: Campaign<P>, record: ActivityRecord, inScope: (unit: AdminUnit) => boolean): boolean {
  const unit = campaign.registry.unit(record.listId, record.code);
  return unit !== undefined && inScope(unit);
}

function districtCoverageRows<P extends CampaignPlan>(campaign: Campaign<P>, period: ReportPeriod, quarters: readonly Quarter[]): string[][] {
  const list = campaign.registry.listOn(quarterRange(period.year, quarters[0] ?? 1).start);
  if (!list || list.districts.length === 0) return [];
  return list.districts.map((district) => {
    const cells = quarters.flatMap((quarter) => {
      const coverage = quarterCoverage(campaign.counts, campaign.registry, period.year, quarter, (unit) => unit.districtCode === district.code);
      return coverage && coverage.units > 0 ? [coverage] : [];
    });
    const covered = cells.reduce((s, c) => s + c.covered, 0);
    const units = cells.reduce((s, c) => s + c.units, 0);
    return [`${district.type} ${district.name}`, cells.map((c) => `Q${c.quarter}: ${formatNumber(c.covered)}/${formatNumber(c.units)}`).join('; '), units > 0 ? formatPercent(covered / units) : '–'];
  });
}

/** The reports page: by year (newest first), the province's files, then each district's. Pure. */
export function reportListView(refs: readonly ReportRef[], href: (slug: string) => string) {
  const years = [...new Set(refs.map((r) => r.period.year))].sort((a, b) => b - a);
  const link = (ref: ReportRef) => ({ href: href(ref.slug), label: ref.period.quarter ? `Quý ${ref.period.quarter}` : 'Cả năm', title: `${ref.scopeLabel}, ${ref.periodLabel.toLowerCase()}` });
  return years.map((year) => {
    const mine = refs.filter((r) => r.period.year === year);
    const scopes = [...new Map(mine.map((r) => [r.scope.kind === 'tinh' ? 'tinh' : r.scope.code, r.scopeLabel])).entries()];
    return {
      year,
      rows: scopes.map(([key, label]) => ({ label, links: mine.filter((r) => (r.scope.kind === 'tinh' ? 'tinh' : r.scope.code) === key).map(link) })),
    };
  });
}

/**
 * A report asked for on the desk: any ended quarter or begun year, for the
 * province or one district while districts existed (the site builds the
 * province's reports and each district's yearly ones; a district's quarterly
 * report is made on demand). A string says, in Vietnamese, why not.
 */
export function requestedReportRef(
  registry: Campaign['registry'],
  period: { kind: 'quarter'; year: number; quarter: Quarter } | { kind: 'year'; year: number },
  district: { listId: string; code: string } | undefined,
  today: string,
): ReportRef | string {
  const reportPeriod: ReportPeriod = period.kind === 'quarter' ? { year: period.year, quarter: period.quarter } : { year: period.year };
  const { start, end } = periodRange(reportPeriod);
  if (period.kind === 'quarter' ? !quarterEnded(period, today) : start > today) {
    return `${periodLabel(reportPeriod)} chưa ${period.kind === 'quarter' ? 'kết thúc' : 'bắt đầu'}: chọn một kỳ đã qua.`;
  }
  let scope: ReportScope = { kind: 'tinh' };
  if (district) {
    // District codes are stable across the lists that have districts: take the code in a list of the period.
    const found = registry.lists
      .filter((list) => list.validFrom <= end && (list.validTo === null || list.validTo >= start))
      .map((list) => registry.district(list.id, district.code))
      .find((d) => d !== undefined);
    if (!found) return `Huyện mã ${district.code} không có trong ${periodLabel(reportPeriod)} (cấp huyện có đến 30/06/2025): chọn toàn tỉnh hoặc một huyện của kỳ đó.`;
    scope = { kind: 'huyen', code: found.code, name: `${found.type} ${found.name}` };
  }
  const slug = `${scope.kind === 'tinh' ? 'tinh' : `huyen-${scope.code}`}-${period.year}${reportPeriod.quarter ? `-q${reportPeriod.quarter}` : ''}`;
  return { slug, scope, period: reportPeriod, periodLabel: periodLabel(reportPeriod), scopeLabel: scope.kind === 'tinh' ? 'Toàn tỉnh' : scope.name };
}
