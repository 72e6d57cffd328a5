/** The 履职报告 as PDF, beside its page; none when the build machine has no CJK font. */
import type { APIRoute } from 'astro';
import { reportPdfFont } from '../../../../../cms/agency/report-files';
import { agencyData, agencyYearPages } from '../../../../lib/agency-data';
import { agencyReportFiles } from '../../../../lib/report-files';
import type { SiteAgency, SiteReport } from '../../../../../cms/site-data-agency';

export async function getStaticPaths() {
  if (!reportPdfFont()) {
    console.warn('[pufa] 未找到中文字体（PUFA_PDF_FONT 或 fonts-wqy-microhei），履职报告不生成 PDF，仅提供 .docx');
    return [];
  }
  const { agencies, reports } = await agencyData();
  return agencyYearPages(agencies, reports);
}

export const GET: APIRoute = async ({ props }) => {
  const { agency, record } = props as { agency: SiteAgency; record: SiteReport };
  const { pdf } = await agencyReportFiles(agency, record);
  return new Response(new Uint8Array(pdf!), { headers: { 'Content-Type': 'application/pdf' } });
};
