import { describe, expect, it } from 'vitest';
import { REPORT_HEADINGS } from '../../../core/agency/report-document';
import { DOCX_FONTS, reportDocx } from '../../../core/agency/report-docx';
import { docxParagraphs, zipParts } from '../../helpers/docx';
import { DOC } from './report-doc-fixture';

describe('reportDocx', () => {
  const bytes = reportDocx(DOC);
  const parts = zipParts(bytes);
  const xml = parts.get('word/document.xml')!;
  const paras = docxParagraphs(xml);

  it('is a Word package: content types, relationships, styles, numbering and the document', () => {
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/numbering.xml', 'word/styles.xml',
    ]);
    expect(parts.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    expect(parts.get('docProps/core.xml')).toContain(`<dc:title>${DOC.title}</dc:title>`);
    // Every part is well-formed enough to have one root and balanced w:p.
    expect(xml.match(/<w:p>/g)?.length).toBe(xml.match(/<\/w:p>/g)?.length);
  });

  it('has the title and the four headings in order, in 黑体 heading style', () => {
    expect(paras[0]).toMatchObject({ style: 'Title', text: DOC.title });
    const headings = paras.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([...REPORT_HEADINGS]);
    const styles = parts.get('word/styles.xml')!;
    expect(styles).toMatch(new RegExp(`w:styleId="Heading1">.*?w:eastAsia="${DOCX_FONTS.heading}"`));
    expect(styles).toMatch(new RegExp(`<w:rPrDefault><w:rPr><w:rFonts[^>]*w:eastAsia="${DOCX_FONTS.body}"`));
    expect(styles).toMatch(new RegExp(`w:styleId="Title">.*?w:eastAsia="${DOCX_FONTS.title}"`));
  });

  it('keeps bold and italic runs, and escapes markup in the text', () => {
    expect(paras.flatMap((p) => p.bold)).toEqual(expect.arrayContaining(['“谁执法谁普法”', '加强']));
    expect(paras.flatMap((p) => p.italic)).toEqual(['以案释法']);
    expect(paras.find((p) => p.text.startsWith('我局认真落实'))?.text).toBe('我局认真落实“谁执法谁普法”普法责任制 & 年度计划 <全面完成>。');
    expect(xml).toContain('&amp; 年度计划 &lt;全面完成&gt;');
  });

  it('writes lists as Word lists: each ordered list restarts, bullets share the bullet numbering', () => {
    const items = paras.filter((p) => p.style === 'ListParagraph');
    expect(items.map((p) => [p.text, p.numId])).toEqual([
      ['民法典进企业', '2'], ['以案释法典型案例 12 个', '2'],
      ['基层普法力量薄弱', '1'], ['新媒体普法覆盖不足', '1'],
      ['完善普法责任清单', '3'], ['加强执法人员以案释法', '3'],
    ]);
    const numbering = parts.get('word/numbering.xml')!;
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>');
  });

  it('places the figures from records in their sections', () => {
    const at = (heading: string) => paras.findIndex((p) => p.text === heading);
    const cell = (label: string) => paras.findIndex((p) => p.text === label);
    expect(cell('主题活动')).toBeGreaterThan(at('二、主要做法和成效'));
    expect(cell('主题活动')).toBeLessThan(at('三、存在的问题和不足'));
    expect(paras[cell('参与人次') + 1]?.text).toBe('400 人次');
    expect(paras[cell('普法责任清单') + 1]?.text).toBe('未编制');
  });

  it('ends with the 落款 right-aligned: unit, then the date in Chinese, then the 评议', () => {
    const sig = paras.filter((p) => p.style === 'Signature').map((p) => p.text);
    expect(sig).toEqual(['泉城市市场监督管理局', '2027年1月15日']);
    expect(parts.get('word/styles.xml')).toMatch(/w:styleId="Signature">.*?<w:jc w:val="right"\/>/);
    expect(paras.at(-2)?.text).toBe('附：普法办评议　良好（85 分），泉城市普法办');
    expect(paras.at(-1)?.text).toBe('评议说明：清单完成率偏低，已说明原因。');
  });

  it('gives the same bytes for the same document (a rebuild does not change the file)', () => {
    expect(reportDocx(DOC).equals(bytes)).toBe(true);
  });

  it('drops characters XML forbids instead of writing a file Word refuses', () => {
    const doc = { ...DOC, title: '报告\u0001\u000b标题' };
    expect(docxParagraphs(zipParts(reportDocx(doc)).get('word/document.xml')!)[0]?.text).toBe('报告标题');
  });
});
