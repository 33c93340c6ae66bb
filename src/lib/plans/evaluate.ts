import type { Campaign, CampaignPlan } from '../dashboard/campaign';
import { formatNumber, formatPercent } from '../format/vi';
import { labelOf, audiences } from '../taxonomy';
import { measureOf } from './measures';
import type { PlanTarget } from './targets';

/**
 * A target measured for a year: the figure its measure gives (from the
 * campaign the plan's own dates and units were computed for), whether it met
 * the target, and which unit lists or reports it counts against. Pure.
 */
export interface TargetYear {
  year: number;
  /** The figure: a ratio (0.9) for shares, a number for counts; null when nothing was recorded or reported. */
  value: number | null;
  /** "35/39 đơn vị (89,7%)", "12.400 lượt người", or why there is no figure. */
  text: string;
  /** True/false against the target's figure; null without a figure on either side. */
  met: boolean | null;
  /** What the figure counts against: the unit lists or the districts that reported. */
  basis: string;
}

export interface TargetResult {
  target: PlanTarget;
  years: TargetYear[];
  /** The figure at the end: the last year with a figure. */
  end: TargetYear | null;
  /** Yearly targets are met when every year with a figure met them; period targets by their last figure. */
  met: boolean | null;
}

const NO_FIGURE = 'Chưa có số liệu';

function compare(target: PlanTarget, value: number | null): boolean | null {
  if (value === null || target.value === null) return null;
  return target.unit === 'phan-tram' ? value >= target.value / 100 - 1e-9 : value >= target.value;
}

const share = (part: number, whole: number, ratio: number | null, noun: string) =>
  ratio === null ? NO_FIGURE : `${formatNumber(part)}/${formatNumber(whole)} ${noun} (${formatPercent(ratio)})`;

/** The figure of one target's measure for one year. */
export function measureYear<P extends CampaignPlan>(campaign: Campaign<P>, target: PlanTarget, year: number): TargetYear {
  const done = (value: number | null, text: string, basis: string): TargetYear => ({ year, value, text: value === null ? NO_FIGURE : text, met: compare(target, value), basis });
  const indicators = campaign.indicators.find((y) => y.year === year);
  const reportedBy = (reported: number) => (indicators ? `${formatNumber(reported)}/${formatNumber(indicators.districts)} huyện đã báo cáo` : 'không có cấp huyện trong năm này');
  switch (target.measure) {
    case 'don-vi-duy-tri-thuong-xuyen': {
      const regularity = campaign.years.find((y) => y.year === year);
      if (!regularity) return done(null, '', '');
      return done(regularity.ratio, share(regularity.regularUnits, regularity.rows.length, regularity.ratio, 'đơn vị'), regularity.list.label);
    }
    case 'doi-tuong-ty-le':
    case 'doi-tuong-so-nguoi': {
      const reach = campaign.reach.find((r) => r.year === year)?.audiences.find((a) => a.audience === target.audience);
      if (!reach || reach.activities === 0) return done(null, '', '');
      const basis = `${labelOf(audiences, target.audience)}; hoạt động của các đơn vị thuộc danh sách ${reach.unitLists.map((l) => l.shortLabel).join(', ')}`;
      if (target.measure === 'doi-tuong-so-nguoi') return done(reach.participants, `${formatNumber(reach.participants)} lượt người`, basis);
      return reach.ratio === null || !reach.denominator?.value
        ? { year, value: null, text: 'Chưa có mẫu số', met: null, basis }
        : done(reach.ratio, `${formatNumber(reach.participants)}/${formatNumber(reach.denominator.value)} người (${formatPercent(reach.ratio)})`, `${basis}; mẫu số: ${reach.denominator.source}`);
    }
    case 'hoat-dong-bao-dai': {
      const items = campaign.records.filter((r) => r.format === 'bao-dai' && r.date.startsWith(`${year}-`) && inArea(campaign, r));
      const hasYear = campaign.quarters.some((q) => q.year === year);
      return done(hasYear ? items.length : null, `${formatNumber(items.length)} hoạt động`, 'hoạt động hình thức "Báo, đài" được ghi nhận');
    }
    case 'tin-bai-bao-cao-huyen':
      return indicators ? done(indicators.media.items, `${formatNumber(indicators.media.items ?? 0)} tin, bài`, reportedBy(indicators.media.reported)) : done(null, '', '');
    case 'huyen-co-ke-hoach':
      return indicators
        ? done(indicators.plans.ratio, share(indicators.plans.withPlan, indicators.districts, indicators.plans.ratio, 'huyện'), `${formatNumber(indicators.districts)} huyện của danh sách năm ${year}`)
        : done(null, '', '');
    case 'huyen-long-ghep':
      return indicators && indicators.integration.reported > 0
        ? done(indicators.integration.ratio, share(indicators.integration.integrated, indicators.districts, indicators.integration.ratio, 'huyện'), reportedBy(indicators.integration.reported))
        : done(null, '', '');
    case 'tin-bao-xu-ly':
    case 'co-so-kiem-tra-trong-nam':
    case 'co-so-kiem-tra-tu-dau-giai-doan': {
      if (!indicators) return done(null, '', '');
      const part = target.measure === 'tin-bao-xu-ly' ? indicators.tips : target.measure === 'co-so-kiem-tra-trong-nam' ? indicators.venues : indicators.venuesSince2021;
      return done(part.ratio, share(part.part, part.whole, part.ratio, target.measure === 'tin-bao-xu-ly' ? 'tin' : 'cơ sở'), reportedBy(part.reported));
    }
    default:
      return { year, value: null, text: `Thước đo "${target.measure}" không có trong danh mục`, met: null, basis: '' };
  }
}

function inArea<P extends CampaignPlan>(campaign: Campaign<P>, record: { listId: string; code: string }): boolean {
  const unit = campaign.registry.unit(record.listId, record.code);
  return unit !== undefined && campaign.inPlanArea(unit);
}

/** The years of the plan's period that have started by the campaign's date. */
export function planYears<P extends CampaignPlan>(campaign: Campaign<P>): number[] {
  return [...new Set(campaign.quarters.map((q) => q.year))];
}

/** Every year of a target and its result at the end (or so far). */
export function evaluateTarget<P extends CampaignPlan>(campaign: Campaign<P>, target: PlanTarget): TargetResult {
  const years = planYears(campaign).map((year) => measureYear(campaign, target, year));
  const withFigure = years.filter((y) => y.value !== null);
  const end = withFigure.at(-1) ?? null;
  const met =
    target.value === null || !measureOf(target.measure)
      ? null
      : target.frequency === 'hang-nam'
        ? withFigure.length === 0
          ? null
          : withFigure.every((y) => y.met === true)
        : (end?.met ?? null);
  return { target, years, end, met };
}

/** "Đạt", "Chưa đạt" or why neither can be said. */
export const metLabel = (met: boolean | null, target: Pick<PlanTarget, 'value'>): string =>
  met === true ? 'Đạt' : met === false ? 'Chưa đạt' : target.value === null ? 'Kế hoạch không nêu con số' : 'Chưa đủ số liệu';
