import { formatNumber } from '../format/vi';
import { measureOf, NO_AUDIENCE } from './measures';

/** A target of a plan, as the tracker reads it (content/ke-hoach/). */
export interface PlanTarget {
  id: string;
  section: string;
  label: string;
  targetText: string;
  /** A measure id of the catalogue (src/lib/plans/measures.ts). */
  measure: string;
  /** An audience id, or NO_AUDIENCE. */
  audience: string;
  unit: string;
  /** 90 for 90 % (unit phan-tram), or a number of people/items; null when the plan gives no figure. */
  value: number | null;
  frequency?: string;
  deadline?: string | null;
}

/** The plan's target measured by `measure` (for one audience, when given). */
export function targetFor<T extends Pick<PlanTarget, 'measure' | 'audience'>>(targets: readonly T[], measure: string, audience?: string): T | undefined {
  return targets.find((t) => t.measure === measure && (audience === undefined || t.audience === audience));
}

/** A share target as a ratio (90 → 0.9); undefined for counts or a target without a figure. */
export const targetRatio = (target: Pick<PlanTarget, 'unit' | 'value'> | undefined): number | undefined =>
  target && target.unit === 'phan-tram' && target.value !== null ? target.value / 100 : undefined;

/** "90%" or "60.000": the target's figure as the plan states it; empty without one. */
export const targetFigure = (target: Pick<PlanTarget, 'unit' | 'value'> | undefined): string =>
  !target || target.value === null ? '' : target.unit === 'phan-tram' ? `${formatNumber(target.value)}%` : formatNumber(target.value);

/** The audiences the plan measures reach for, in the plan's order. */
export const reachAudiences = (targets: readonly Pick<PlanTarget, 'measure' | 'audience'>[]): string[] => [
  ...new Set(targets.filter((t) => measureOf(t.measure)?.needsAudience && t.audience !== NO_AUDIENCE).map((t) => t.audience)),
];
