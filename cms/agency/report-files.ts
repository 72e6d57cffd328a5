/**
 * The .docx and PDF of a report document, as the site build writes them beside the report page.
 * PDFs are cached by content (node_modules/.cache/pufa-report-files): a rebuild after an
 * unrelated change reuses them; the .docx is cheap (a few ms) and always written afresh.
 * PUFA_PDF_FONT (`/path/font.ttc#PostScriptName`) picks the CJK font; without one found on the
 * system the PDF is left out and the page offers only the .docx.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../core/agency/report-document';
import { reportDocx } from '../../core/agency/report-docx';
import { findCjkFont, reportPdf } from '../../core/agency/report-pdf';
import { ROOT_DIR } from '../paths';

/** Bump when the PDF layout changes, so cached files are not reused. */
const PDF_LAYOUT_VERSION = 1;
const CACHE_DIR = path.join(ROOT_DIR, 'node_modules', '.cache', 'pufa-report-files');

export interface ReportFiles {
  docx: Buffer;
  pdf: Buffer | null;
  /** Time spent writing them now (a cached PDF costs ~0). */
  ms: { docx: number; pdf: number };
}

/** The CJK font the PDFs use, or null (then no PDF is written). */
export const reportPdfFont = () => findCjkFont(process.env.PUFA_PDF_FONT);

/** Both files of one document. */
export async function reportFiles(doc: ReportDocument): Promise<ReportFiles> {
  let t = performance.now();
  const docx = reportDocx(doc);
  const docxMs = performance.now() - t;
  const font = reportPdfFont();
  if (!font) return { docx, pdf: null, ms: { docx: docxMs, pdf: 0 } };
  t = performance.now();
  const key = createHash('sha256').update(JSON.stringify([PDF_LAYOUT_VERSION, font, doc])).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.pdf`);
  let pdf: Buffer;
  if (existsSync(cached)) pdf = readFileSync(cached);
  else {
    pdf = await reportPdf(doc, font);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, pdf);
  }
  return { docx, pdf, ms: { docx: docxMs, pdf: performance.now() - t } };
}

/** File size as the download link says it: 18 KB, 1.2 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
