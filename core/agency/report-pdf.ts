/**
 * A ReportDocument as an A4 PDF (pdfkit), with a CJK font from the system embedded as a subset:
 * the same order and layout rules as the .docx (title, sections with their figures table, lists,
 * bold/italic runs, right-aligned 落款, page numbers “— 1 —” at the foot).
 * The font is a TrueType/OpenType file or collection; findCjkFont() looks in the usual places.
 */
import { existsSync, readFileSync } from 'node:fs';
import { create as parseFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocFigure, ReportDocument } from './report-document';
import type { RichBlock, RichRun } from './rich-text';

/** A CJK font file and, for a collection (.ttc), the face to use. */
export interface PdfFont {
  path: string;
  family?: string;
}

/** CJK fonts tried in order when none is configured (Debian fonts-wqy-microhei, Noto CJK). */
export const CJK_FONT_CANDIDATES: readonly PdfFont[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/arphic/uming.ttc', family: 'AR PL UMing CN' },
];

/** The configured font (`path` or `path#family`), else the first candidate present, else null. */
export function findCjkFont(configured?: string): PdfFont | null {
  if (configured?.trim()) {
    const [path, family] = configured.trim().split('#');
    return { path: path!, ...(family ? { family } : {}) };
  }
  return CJK_FONT_CANDIDATES.find((f) => existsSync(f.path)) ?? null;
}

// Parsing a 5 MB CJK font takes ~1 s; a build writes many PDFs with the same one.
const parsed = new Map<string, Font>();
function parsedFont(font: PdfFont): Font {
  const key = `${font.path}#${font.family ?? ''}`;
  let f = parsed.get(key);
  if (!f) parsed.set(key, (f = parseFont(readFileSync(font.path), font.family)));
  return f;
}

const MM = 72 / 25.4;
const SIZE = { title: 22, subtitle: 12, heading: 16, body: 14, table: 12, footer: 10.5 };
const LINE_GAP = 8;
const INDENT = SIZE.body * 2;

/** The PDF file of a report document; rejects when the font cannot be read. */
export async function reportPdf(doc: ReportDocument, font: PdfFont): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    bufferPages: true,
    info: { Title: doc.title, Author: doc.unitName, Subject: `${doc.year}年度普法履职报告` },
    lang: 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  // pdfkit takes a parsed fontkit font where its types say file name.
  pdf.registerFont('cjk', parsedFont(font) as unknown as string);
  pdf.font('cjk');
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  // The title on one line when it fits at 16 pt or more, else wrapped at 22 pt (二号).
  const titleSize = Math.min(SIZE.title, Math.floor(width / Math.max(1, [...doc.title].length)));

  const runs = (list: RichRun[], x: number, w: number, indent: number) => {
    const parts = list.length ? list : [{ text: '' }];
    parts.forEach((r, i) => {
      // The CJK font has one weight: bold is drawn with a thin outline, italic slanted.
      const opts = { width: w, indent, lineGap: LINE_GAP, continued: i < parts.length - 1, stroke: !!r.bold, fill: true, oblique: r.italic ? 12 : false };
      pdf.lineWidth(r.bold ? 0.45 : 1);
      if (i === 0) pdf.text(r.text, x, pdf.y, opts);
      else pdf.text(r.text, opts);
    });
  };

  const blocks = (list: RichBlock[]) => {
    pdf.fontSize(SIZE.body);
    for (const b of list) {
      if (b.kind === 'paragraph') runs(b.runs, left, width, INDENT);
      else {
        b.items.forEach((item, n) => {
          const mark = b.ordered ? `${n + 1}. ` : '● ';
          runs([{ text: mark }, ...item], left + INDENT, width - INDENT, 0);
        });
      }
      pdf.moveDown(0.2);
    }
  };

  const table = (figures: DocFigure[]) => {
    pdf.fontSize(SIZE.table);
    const labelW = width * 0.34;
    const pad = 4;
    for (const f of figures) {
      const h = Math.max(pdf.heightOfString(f.label, { width: labelW - 2 * pad }), pdf.heightOfString(f.value, { width: width - labelW - 2 * pad })) + 2 * pad;
      if (pdf.y + h > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
      const y = pdf.y;
      pdf.lineWidth(0.6).rect(left, y, labelW, h).rect(left + labelW, y, width - labelW, h).stroke();
      pdf.text(f.label, left + pad, y + pad, { width: labelW - 2 * pad, stroke: true, fill: true });
      pdf.lineWidth(1).text(f.value, left + labelW + pad, y + pad, { width: width - labelW - 2 * pad });
      pdf.y = y + h;
    }
    pdf.x = left;
    pdf.moveDown(0.6);
  };

  pdf.fontSize(titleSize >= 16 ? titleSize : SIZE.title).text(doc.title, left, pdf.y, { width, align: 'center' });
  if (doc.subtitle) pdf.moveDown(0.3).fontSize(SIZE.subtitle).fillColor('#555555').text(doc.subtitle, { width, align: 'center' }).fillColor('#000000');
  pdf.moveDown(1);
  for (const s of doc.sections) {
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 4 * SIZE.heading) pdf.addPage();
    pdf.fontSize(SIZE.heading).lineWidth(0.5).text(s.heading, left + INDENT, pdf.y, { width: width - INDENT, stroke: true, fill: true, lineGap: LINE_GAP });
    pdf.moveDown(0.3);
    if (s.figures?.length) table(s.figures);
    if (s.blocks.length) blocks(s.blocks);
    else pdf.fontSize(SIZE.body).fillColor('#777777').text('（未填写）', left + INDENT, pdf.y).fillColor('#000000');
    pdf.moveDown(0.6);
  }

  pdf.moveDown(1).fontSize(SIZE.body).lineWidth(1);
  if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 3 * SIZE.body) pdf.addPage();
  pdf.text(doc.signature.unitName, left, pdf.y, { width: width - INDENT, align: 'right', lineGap: LINE_GAP });
  pdf.text(doc.signature.date, left, pdf.y, { width: width - INDENT, align: 'right' });
  if (doc.review) {
    const r = doc.review;
    pdf.moveDown(1.5).fontSize(SIZE.table);
    pdf.text(`附：普法办评议\u3000${r.grade}${r.score === null ? '' : `（${r.score} 分）`}${r.reviewer ? `，${r.reviewer}` : ''}`, left, pdf.y, { width });
    if (r.comment) pdf.text(`评议说明：${r.comment}`, { width });
  }

  const pages = pdf.bufferedPageRange();
  for (let i = 0; i < pages.count; i += 1) {
    pdf.switchToPage(pages.start + i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the margin must not open a new page
    pdf.fontSize(SIZE.footer).text(`— ${i + 1} —`, left, pdf.page.height - bottom / 2, { width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
