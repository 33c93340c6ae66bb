import { routes } from '../routes';

/**
 * Which plans are in force on a date (several at once is normal: a 5-year
 * plan and a yearly plan), which have ended, and whether the current year has
 * no plan entered yet. Pure: the date is an argument.
 */
export interface PlanPeriod {
  number: string;
  periodStart: string;
  periodEnd: string;
}

export const inForceOn = (plan: PlanPeriod, date: string) => plan.periodStart <= date && date <= plan.periodEnd;

/** Plans whose period overlaps the year. */
export const plansOfYear = <P extends PlanPeriod>(plans: readonly P[], year: number) =>
  plans.filter((plan) => plan.periodStart <= `${year}-12-31` && plan.periodEnd >= `${year}-01-01`);

/** Where officers enter a plan: the CMS collection (editing server only). */
export const NEW_PLAN_ADDRESS = `${routes.editing.cms}collection/keHoach/create`;
export const NEW_PLAN_PATH = 'Trình biên tập (Keystatic) → "Kế hoạch và chỉ tiêu" → "Add" (thêm kế hoạch mới)';

export interface PlanTimeline<P extends PlanPeriod> {
  inForce: P[];
  /** Ended plans, the most recent first. */
  ended: P[];
  /** Entered plans that start later. */
  upcoming: P[];
  /** The year of the date when no plan covers it: officers have a plan to enter. */
  missingYear: number | null;
}

export function planTimeline<P extends PlanPeriod>(plans: readonly P[], date: string): PlanTimeline<P> {
  const byStart = [...plans].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  const inForce = byStart.filter((plan) => inForceOn(plan, date));
  return {
    inForce,
    ended: byStart.filter((plan) => plan.periodEnd < date).reverse(),
    upcoming: byStart.filter((plan) => plan.periodStart > date),
    missingYear: inForce.length === 0 ? Number(date.slice(0, 4)) : null,
  };
}
