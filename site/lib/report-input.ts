import type { Campaign, ReportInput } from '../../core/agency/types';
import { reportInputFrom } from '../../cms/agency/report-input';
import type { AgencyYearData, SiteCampaign } from '../../cms/site-data-agency';

/**
 * The report's input for one agency × year, from the published records the site can see (the
 * admin overview reads the same way, with drafts). Drafts never reach the site, so an
 * unpublished list shows as missing in the report.
 */
export function reportInputFor(data: AgencyYearData, agencyId: string, year: number, asOf: string): ReportInput {
  return { ...reportInputFrom(data.records, year, asOf, { drafts: false }), agencyId, learning: data.learning[`${agencyId}#${year}`] };
}

/** A published campaign in the shape the core rules take (its owner and co-organizers credited). */
export function coreCampaign(c: SiteCampaign): Campaign {
  const { agencyId: _agency, summary: _summary, ...campaign } = c;
  return { ...campaign, keyDateId: campaign.keyDateId || null };
}
