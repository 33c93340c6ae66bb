import { buildCampaign } from '../lib/dashboard/campaign';
import { getActivities } from './activities';
import { getQuarterReports } from './quarter-reports';
import { getReportSettings } from './report-settings';
import { memoByContent } from './content-memo';
import { projectRoot, today } from './context';
import { getCurrentPlan, getDistrictPlanEntries, getDistrictReportEntries, reader } from './site';

async function loadCampaign() {
  const { records, registry } = getActivities();
  return buildCampaign({
    plan: (await getCurrentPlan()).entry,
    records,
    registry,
    denominators: (await reader.collections.mauSo.all()).map(({ slug, entry }) => ({ slug, figures: entry.figures })),
    districtPlans: await getDistrictPlanEntries(),
    districtReports: await getDistrictReportEntries(),
    today: today(),
    quarterReports: getQuarterReports(),
    dueDays: getReportSettings().dueDays,
  });
}

/** Everything the campaign pages show, computed once per build from the content files (in dev, again after a change). */
export const getCampaign = memoByContent(projectRoot(), loadCampaign);
