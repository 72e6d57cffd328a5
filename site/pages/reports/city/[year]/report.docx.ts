/** The city-wide annual report as a Word/WPS document, beside its page. */
import type { APIRoute } from 'astro';
import { agencyData } from '../../../../lib/agency-data';
import { cityReportBuild, cityReportYears } from '../../../../lib/city-report';

export async function getStaticPaths() {
  return cityReportYears(await agencyData()).map((year) => ({ params: { year: String(year) }, props: { year } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { files } = await cityReportBuild((props as { year: number }).year);
  return new Response(new Uint8Array(files.docx), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
