import { listUrl as coreListUrl, reportUrl as coreReportUrl } from '../../core/public-pages';
import { type AgencyYearData, type SiteAgency, loadAgencyYearData } from '../../cms/site-data-agency';

/** The agencies' published year, read once per build. */
export const agencyData = (): Promise<AgencyYearData> => loadAgencyYearData();

/** URL segment of an agency: its short name (e.g. 市司法局). */
export const agencyKey = (a: { shortName: string }): string => a.shortName;

/**
 * `getStaticPaths` for one page per agency-year record (a published list or report) at
 * `[agency]/[year]`, with the record's agency; a record whose agency is not public gets none.
 */
export function agencyYearPages<R extends { agencyId: string; year: number }>(agencies: SiteAgency[], records: R[]) {
  return records.flatMap((record) => {
    const agency = agencies.find((a) => a.id === record.agencyId);
    return agency ? [{ params: { agency: agencyKey(agency), year: String(record.year) }, props: { agency, record } }] : [];
  });
}

// URL rules live in core/public-pages.ts, shared with the admin's "查看公开页面" link.
export const listUrl = (a: { shortName: string }, year: number) => coreListUrl(agencyKey(a), year);
export const reportUrl = (a: { shortName: string }, year: number) => coreReportUrl(agencyKey(a), year);
export { campaignMonthUrl, campaignUrl } from '../../core/public-pages';

/** Months (`YYYY-MM`) that have campaigns, newest first. */
export async function campaignMonths(): Promise<string[]> {
  return [...new Set((await agencyData()).campaigns.map((c) => c.startDate.slice(0, 7)))].sort().reverse();
}

/** Years that have campaigns, newest first (the current year when there are none). */
export async function campaignYears(): Promise<string[]> {
  const years = [...new Set((await campaignMonths()).map((m) => m.slice(0, 4)))];
  return years.length ? years : [String(new Date().getFullYear())];
}
