import { createReader } from '@keystatic/core/reader';
import keystaticConfig from '../../keystatic.config';

/**
 * The plan a year falls under and its "maintained regularly" rule
 * (regularQuartersPerYear), read from content/ke-hoach/. A plan whose period
 * covers the year wins; otherwise the plan marked current.
 */
export async function planRuleForYear(root: string, year: number): Promise<{ number: string; regularQuartersPerYear: number }> {
  const plans = await createReader(root, keystaticConfig).collections.keHoach.all();
  const covering = plans.filter(({ entry }) => (entry.periodStart ?? '') <= `${year}-12-31` && (entry.periodEnd ?? '') >= `${year}-01-01`);
  const chosen = covering.find(({ entry }) => entry.isCurrent) ?? covering[0] ?? plans.find(({ entry }) => entry.isCurrent);
  if (!chosen) throw new Error('Chưa có kế hoạch nào trong content/ke-hoach/. [EN] No plan in content/ke-hoach/.');
  return { number: chosen.entry.number, regularQuartersPerYear: chosen.entry.regularQuartersPerYear ?? 3 };
}
