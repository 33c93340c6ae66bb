import { buildCampaign } from '../lib/dashboard/campaign';
import { getActivities } from './activities';
import { getCampaign } from './campaign';
import { memoByContent } from './content-memo';
import { projectRoot, today } from './context';
import { getDistrictPlanEntries, getDistrictReportEntries, getPlanEntries, reader } from './site';

/**
 * Every plan with the tracker's figures computed for its own period and units
 * (the plan marked current reuses the campaign the dashboards already built).
 */
async function loadPlanCampaigns() {
  const current = await getCampaign();
  const { records, registry } = getActivities();
  const denominators = (await reader.collections.mauSo.all()).map(({ slug, entry }) => ({ slug, figures: entry.figures }));
  const districtPlans = await getDistrictPlanEntries();
  const districtReports = await getDistrictReportEntries();
  return (await getPlanEntries()).map(({ slug, entry }) => ({
    slug,
    plan: entry,
    campaign:
      entry.number === current.plan.number
        ? current
        : buildCampaign({ plan: entry, records, registry, denominators, districtPlans, districtReports, today: today() }),
  }));
}

export const getPlanCampaigns = memoByContent(projectRoot(), loadPlanCampaigns);
export type PlanCampaign = Awaited<ReturnType<typeof getPlanCampaigns>>[number];
