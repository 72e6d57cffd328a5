import { type AgencyYearData, loadAgencyYearData } from '../../cms/site-data-agency';

/** The agencies' published year, read once per build. */
export const agencyData = (): Promise<AgencyYearData> => loadAgencyYearData();

/** URL segment of an agency: its short name (e.g. 市司法局). */
export const agencyKey = (a: { shortName: string }): string => a.shortName;

export const listUrl = (a: { shortName: string }, year: number) => `/lists/${encodeURIComponent(agencyKey(a))}/${year}/`;
export const reportUrl = (a: { shortName: string }, year: number) => `/reports/${encodeURIComponent(agencyKey(a))}/${year}/`;
