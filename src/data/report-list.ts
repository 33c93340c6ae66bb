import { quarterOf } from '../lib/calendar/quarters';
import { reportRefs } from '../lib/official-docs/campaign-report';
import { getCampaign } from './campaign';
import { today } from './context';
import { getPlanEntries } from './site';

/** Every report file the site offers, from the first plan's first quarter to today. */
export async function getReportRefs() {
  const first = (await getPlanEntries())[0];
  const start = quarterOf(first?.entry.periodStart ?? today());
  return reportRefs(await getCampaign(), start.year, start.quarter, today());
}
