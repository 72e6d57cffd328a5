/** The city-wide annual report as PDF, beside its page; none without a CJK font. */
import type { APIRoute } from 'astro';
import { reportPdfFont } from '../../../../../cms/agency/report-files';
import { agencyData } from '../../../../lib/agency-data';
import { cityReportBuild, cityReportYears } from '../../../../lib/city-report';

export async function getStaticPaths() {
  if (!reportPdfFont()) return [];
  return cityReportYears(await agencyData()).map((year) => ({ params: { year: String(year) }, props: { year } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { files } = await cityReportBuild((props as { year: number }).year);
  return new Response(new Uint8Array(files.pdf!), { headers: { 'Content-Type': 'application/pdf' } });
};
