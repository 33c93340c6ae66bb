import type { OfficialHeader } from '../lib/official-docs/nd30-docx';
import { getCampaign } from './campaign';
import { today } from './context';
import { getPlanCampaigns } from './plans';
import { getSettings } from './site';

/** What every report file needs: the officers' header fields from the settings (blank when not entered), the plans and the campaign. */
export async function getReportContext() {
  const settings = await getSettings();
  const h = settings.reportHeader;
  const header: OfficialHeader = {
    parentBody: h.parentBody,
    issuingBody: h.issuingBody,
    symbol: h.symbol,
    place: h.place,
    signerAuthority: h.signerAuthority,
    signerTitle: h.signerTitle,
    signerName: h.signerName,
    recipients: h.recipients,
    archive: h.archive,
  };
  return { header, to: h.sendTo, plans: await getPlanCampaigns(), campaign: await getCampaign(), today: today() };
}
