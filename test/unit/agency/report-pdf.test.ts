import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_HEADINGS } from '../../../core/agency/report-document';
import { findCjkFont, reportPdf } from '../../../core/agency/report-pdf';
import { inkRatio, pdfPagePng, pdfPages, pdfText, pdfWords } from '../../helpers/pdf';
import { DOC } from './report-doc-fixture';

describe('reportPdf', async () => {
  const font = findCjkFont(process.env.PUFA_PDF_FONT);
  it('finds a CJK font on this machine (Debian fonts-wqy-microhei)', () => expect(font).not.toBeNull());
  const pdf = await reportPdf(DOC, font!);
  const text = pdfText(pdf);

  it('is a PDF whose text holds the title and the four headings in Chinese, in order', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(DOC.title);
    const at = REPORT_HEADINGS.map((h) => flat.indexOf(h));
    expect(at.every((i) => i >= 0), `${at}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Not boxes or replacement characters: the embedded font maps back to Unicode.
    expect(text).not.toMatch(/[\ufffd\u25a1]/);
  });

  it('has the figures, list items, 落款 and page numbers', () => {
    const flat = text.replace(/\s+/g, '');
    for (const s of ['参与人次400人次', '1.民法典进企业', '2.以案释法典型案例12个', '●基层普法力量薄弱', '泉城市市场监督管理局2027年1月15日', '—1—']) {
      expect(flat).toContain(s);
    }
    expect(pdfPages(pdf)).toBe(2);
  });

  it('puts the 落款 at the right margin and the title in the middle', async () => {
    const sigPdf = await reportPdf({ ...DOC, sections: DOC.sections.slice(0, 1), review: undefined }, font!);
    const words = pdfWords(sigPdf);
    const date = words.find((w) => w.text.includes('2027年1月15日'))!;
    const unit = words.filter((w) => w.text.includes('泉城市市场监督管理局')).at(-1)!;
    const right = 595.28 - 26 * (72 / 25.4) - 28; // page width − right margin − two-character indent
    expect(Math.abs(date.xMax - right)).toBeLessThan(3);
    expect(Math.abs(unit.xMax - right)).toBeLessThan(3);
    const title = words.find((w) => w.text.startsWith('泉城市市场监督管理局2026'))!;
    expect(Math.abs((title.xMin + title.xMax) / 2 - (28 * (72 / 25.4) + (595.28 - 26 * (72 / 25.4))) / 2)).toBeLessThan(3);
  });

  it('renders a page that is not blank (page 1 kept in test-results/ to look at)', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    const ink = await inkRatio(pdfPagePng(pdf, 60, 'test-results/screenshots/report-pdf-page1.png'));
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.5);
  });
});
