/**
 * 履职报告 files: time to write one report's .docx and PDF (cold: first PDF of a build parses the
 * CJK font; warm: the rest), and their sizes. `tsx bench/report-files.ts [runs]`.
 */
import { reportDocx } from '../core/agency/report-docx';
import { findCjkFont, reportPdf } from '../core/agency/report-pdf';
import { DOC } from '../test/unit/agency/report-doc-fixture';

const runs = Number(process.argv[2] ?? 20);
const font = findCjkFont(process.env.PUFA_PDF_FONT);
if (!font) throw new Error('未找到中文字体（PUFA_PDF_FONT 或 fonts-wqy-microhei）');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async <T>(fn: () => T | Promise<T>) => {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
};

const coldPdf = await time(() => reportPdf(DOC, font));
const docx: number[] = [];
const pdf: number[] = [];
let sizes = { docx: 0, pdf: coldPdf.value.length };
for (let i = 0; i < runs; i += 1) {
  const d = await time(() => reportDocx(DOC));
  const p = await time(() => reportPdf(DOC, font));
  docx.push(d.ms);
  pdf.push(p.ms);
  sizes = { docx: d.value.length, pdf: p.value.length };
}
console.log(`docx: median ${median(docx).toFixed(1)} ms, ${(sizes.docx / 1024).toFixed(1)} KB`);
console.log(`pdf:  first ${coldPdf.ms.toFixed(0)} ms (font parse), then median ${median(pdf).toFixed(0)} ms, ${(sizes.pdf / 1024).toFixed(1)} KB (${runs} runs)`);
