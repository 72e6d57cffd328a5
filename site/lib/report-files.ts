/**
 * An agency's 履职报告 as .docx and PDF for the site build: the same figures and narratives as
 * its page (computed once per agency × year and shared by the page's download links and the
 * two file routes beside it).
 */
import type { ReportDocument } from '../../core/agency/report-document';
import { reportFileUrl } from '../../core/public-pages';
import { reportFiles, type ReportFiles } from '../../cms/agency/report-files';
import type { SiteAgency, SiteReport } from '../../cms/site-data-agency';
import { agencyData, agencyKey } from './agency-data';
import { reportPageOf } from './report-input';

/** Figures are as of the end of the report year, or today for the current year (as the page). */
export function reportAsOf(year: number, today = new Date().toISOString().slice(0, 10)): string {
  return `${year}-12-31` < today ? `${year}-12-31` : today;
}

/** The report's document: exactly what its page shows (reportPageOf), figures, narratives, 评议 and 落款. */
export async function agencyReportDoc(agency: SiteAgency, report: SiteReport): Promise<ReportDocument> {
  return reportPageOf(await agencyData(), agency, report).doc;
}

const built = new Map<string, Promise<ReportFiles>>();

/** The report's files, written once per build whichever page or route asks first. */
export function agencyReportFiles(agency: SiteAgency, report: SiteReport): Promise<ReportFiles> {
  const key = `${agency.id}#${report.year}`;
  let files = built.get(key);
  if (!files) {
    files = agencyReportDoc(agency, report).then(reportFiles);
    built.set(key, files);
  }
  return files;
}

/** Download links of a report: URL, suggested file name and bytes; PDF only when one was written. */
export async function reportDownloads(agency: SiteAgency, report: SiteReport) {
  const files = await agencyReportFiles(agency, report);
  const name = `${agency.shortName}${report.year}年度普法履职报告`;
  const link = (format: 'docx' | 'pdf', bytes: number) => ({ format, url: reportFileUrl(agencyKey(agency), report.year, format), name: `${name}.${format}`, bytes });
  return [link('docx', files.docx.length), ...(files.pdf ? [link('pdf', files.pdf.length)] : [])];
}
