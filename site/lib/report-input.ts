import type { Campaign, ReportInput } from '../../core/agency/types';
import { reportInputFrom } from '../../cms/agency/report-input';
import type { AgencyYearData, SiteAgency, SiteCampaign, SiteReport } from '../../cms/site-data-agency';
import { computeReportFigures } from '../../core/agency/report';
import { agencyReportDocument } from '../../core/agency/report-document';

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

/**
 * A published report as the page, the .docx and the PDF show it: the four sections with their
 * figures and narratives (core/agency/report-document.ts), the 评议 with the rubric the reviewer
 * saw (stored with the score; before the 评议 none is shown) and the 落款.
 */
export function reportPageOf(data: AgencyYearData, agency: SiteAgency, report: SiteReport, today = new Date().toISOString().slice(0, 10)) {
  // Figures are as of the end of the report year, or today for the current year.
  const asOf = `${report.year}-12-31` < today ? `${report.year}-12-31` : today;
  const figures = computeReportFigures({ ...reportInputFor(data, agency.id, report.year, asOf), narratives: report.narrative });
  const review = report.grade ? { grade: report.grade, score: report.score, ...(report.reviewNote ? { comment: report.reviewNote } : {}), reviewer: '普法办' } : undefined;
  const doc = agencyReportDocument({
    unitName: report.signatory || agency.name,
    year: report.year,
    title: report.title,
    figures,
    narratives: figures.narratives.map((n) => n.blocks),
    ...(review ? { review } : {}),
    signedOn: report.signedOn || report.submittedOn || asOf,
  });
  return { doc, figures, rubric: report.grade ? report.rubric : null };
}
