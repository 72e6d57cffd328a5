/** The 履职报告 as a Word/WPS document, beside its page (site/lib/report-files.ts). */
import type { APIRoute } from 'astro';
import { agencyData, agencyYearPages } from '../../../../lib/agency-data';
import { agencyReportFiles } from '../../../../lib/report-files';
import type { SiteAgency, SiteReport } from '../../../../../cms/site-data-agency';

export async function getStaticPaths() {
  const { agencies, reports } = await agencyData();
  return agencyYearPages(agencies, reports);
}

export const GET: APIRoute = async ({ props }) => {
  const { agency, record } = props as { agency: SiteAgency; record: SiteReport };
  const { docx } = await agencyReportFiles(agency, record);
  return new Response(new Uint8Array(docx), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
