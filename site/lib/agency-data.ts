import { type AgencyYearData, loadAgencyYearData } from '../../cms/site-data-agency';

/** The agencies' published year, read once per build. */
export const agencyData = (): Promise<AgencyYearData> => loadAgencyYearData();

/** URL segment of an agency: its short name (e.g. 市司法局). */
export const agencyKey = (a: { shortName: string }): string => a.shortName;

export const listUrl = (a: { shortName: string }, year: number) => `/lists/${encodeURIComponent(agencyKey(a))}/${year}/`;
export const reportUrl = (a: { shortName: string }, year: number) => `/reports/${encodeURIComponent(agencyKey(a))}/${year}/`;

/** A campaign's anchor on its year's page (one page per year keeps each page small). */
export const campaignUrl = (c: { id: string; startDate: string }) => `/campaigns/${c.startDate.slice(0, 4)}/#c-${c.id}`;

/** Years that have campaigns, newest first (the current year when there are none). */
export async function campaignYears(): Promise<string[]> {
  const years = [...new Set((await agencyData()).campaigns.map((c) => c.startDate.slice(0, 4)))].sort().reverse();
  return years.length ? years : [String(new Date().getFullYear())];
}
