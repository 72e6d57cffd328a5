/**
 * The city-wide annual report for the site build, from the same published records and the same
 * computeReportFigures as every agency's own report page (so each row equals that page).
 */
import { cityReport, cityReportDocument, type CityReport } from '../../core/agency/city-report';
import { computeReportFigures } from '../../core/agency/report';
import { compareChinese } from '../../core/law/levels';
import type { ReportDocument } from '../../core/agency/report-document';
import { listAgencyKinds } from '../../cms/agency/list-duty';
import { reportFiles, type ReportFiles } from '../../cms/agency/report-files';
import { issuerSettings } from '../../cms/learning/certificate-issuer';
import type { AgencyYearData } from '../../cms/site-data-agency';
import { agencyData } from './agency-data';
import { reportAsOf } from './report-files';
import { reportInputFor } from './report-input';

/** Years with a published list or report, newest first. */
export const cityReportYears = (data: AgencyYearData): number[] =>
  [...new Set([...data.lists, ...data.reports].map((r) => r.year))].sort((a, b) => b - a);

const CITY = '__city__';

/** The city report of a year from the site's data (pure given the data; `kinds` from the setting). */
export function cityReportFrom(data: AgencyYearData, year: number, asOf = reportAsOf(year), kinds = listAgencyKinds()): CityReport {
  const agencies = [...data.agencies].sort((a, b) => compareChinese(a.name, b.name));
  const entries = agencies.map((agency) => {
    const report = data.reports.find((r) => r.agencyId === agency.id && r.year === year);
    return {
      agency,
      figures: computeReportFigures(reportInputFor(data, agency.id, year, asOf)),
      report: report ? { grade: report.grade || '待评议', score: report.score } : null,
    };
  });
  // The city's campaigns counted once: every owing agency's campaigns as one organizer's.
  const owing = new Set(data.agencies.filter((a) => kinds.includes(a.kind as never)).map((a) => a.id));
  const base = reportInputFor(data, CITY, year, asOf);
  const city = computeReportFigures({
    ...base, lists: [], media: [], keyDates: [],
    campaigns: base.campaigns.filter((c) => c.organizerAgencyIds.some((id) => owing.has(id))).map((c) => ({ ...c, organizerAgencyIds: [CITY] })),
  });
  return cityReport(year, asOf, entries, { kinds, distinct: { campaigns: city.campaigns.count.value, participants: city.campaigns.participants.value } });
}

const memo = new Map<number, Promise<{ report: CityReport; doc: ReportDocument; files: ReportFiles }>>();

/** The city report of a year with its document and files, once per build. */
export function cityReportBuild(year: number) {
  let built = memo.get(year);
  if (!built) {
    built = (async () => {
      const report = cityReportFrom(await agencyData(), year);
      const doc = cityReportDocument(report, issuerSettings().name);
      return { report, doc, files: await reportFiles(doc) };
    })();
    memo.set(year, built);
  }
  return built;
}
