/**
 * A ReportDocument as a Word/WPS .docx, laid out as a Chinese official document (GB/T 9704):
 * A4, title in 方正小标宋简体 二号 centred, headings in 黑体 三号, text in 仿宋 三号 with a
 * two-character first-line indent and a fixed 28 pt line pitch, lists as real Word lists, bold
 * and italic runs, the figures in a small table, and the 落款 (unit, date) right-aligned.
 * Hand-written OOXML (a few hundred bytes of XML per part) zipped by core/archive/zip-write.ts:
 * the document uses six constructs, and a library would add megabytes for them.
 */
import { zipFiles } from '../archive/zip-write';
import type { DocFigure, ReportDocument } from './report-document';
import type { RichBlock, RichRun } from './rich-text';

/** Font names as Chinese official documents name them (Word and WPS substitute when absent). */
export const DOCX_FONTS = { title: '方正小标宋简体', heading: '黑体', body: '仿宋', latin: 'Times New Roman' } as const;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** XML text: escaped, without the control characters XML 1.0 forbids. */
const esc = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const fonts = (eastAsia: string) => `<w:rFonts w:ascii="${DOCX_FONTS.latin}" w:hAnsi="${DOCX_FONTS.latin}" w:eastAsia="${eastAsia}" w:cs="${DOCX_FONTS.latin}"/>`;

function run(r: RichRun): string {
  const props = `${r.bold ? '<w:b/><w:bCs/>' : ''}${r.italic ? '<w:i/><w:iCs/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;
}

const para = (style: string, body: string, extra = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${body}</w:p>`;
const text = (s: string) => run({ text: s });

/** Word numbering: abstract 1 is the bullet list, 2 the decimal list; each ordered list restarts. */
function numberingXml(orderedLists: number): string {
  const level = (fmt: string, lvlText: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${lvlText}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="1280" w:hanging="400"/></w:pPr></w:lvl>`;
  const nums = [`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`];
  for (let i = 0; i < orderedLists; i += 1) {
    nums.push(`<w:num w:numId="${i + 2}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${level('bullet', '●')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>${level('decimal', '%1.')}</w:abstractNum>` +
    `${nums.join('')}</w:numbering>`;
}

function stylesXml(): string {
  const style = (id: string, name: string, font: string, size: number, pPr: string, bold = false) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:pPr>${pPr}</w:pPr><w:rPr>${fonts(font)}${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(DOCX_FONTS.body)}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    style('Title', 'Title', DOCX_FONTS.title, 44, '<w:jc w:val="center"/><w:spacing w:before="0" w:after="280" w:line="700" w:lineRule="exact"/>') +
    style('Subtitle', 'Subtitle', DOCX_FONTS.body, 24, '<w:jc w:val="center"/><w:spacing w:after="280"/>') +
    style('Heading1', 'heading 1', DOCX_FONTS.heading, 32, '<w:keepNext/><w:outlineLvl w:val="0"/><w:ind w:firstLine="640"/>') +
    style('BodyText', 'Body Text', DOCX_FONTS.body, 32, '<w:ind w:firstLineChars="200" w:firstLine="640"/>') +
    style('ListParagraph', 'List Paragraph', DOCX_FONTS.body, 32, '') +
    style('Signature', 'Signature', DOCX_FONTS.body, 32, '<w:jc w:val="right"/><w:ind w:right="640"/>') +
    style('TableText', 'Table Text', DOCX_FONTS.body, 28, '<w:jc w:val="left"/><w:spacing w:line="400" w:lineRule="exact"/>') +
    `</w:styles>`;
}

function figuresTable(figures: DocFigure[]): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const cell = (s: string, width: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${para('TableText', run({ text: s, bold }))}</w:tc>`;
  const rows = figures.map((f) => `<w:tr>${cell(f.label, 3000, true)}${cell(f.value, 5800, false)}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/>${borders}</w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="5800"/></w:tblGrid>${rows}</w:tbl>${para('BodyText', '')}`;
}

function blocksXml(blocks: RichBlock[], nextList: () => number): string {
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return para('BodyText', b.runs.map(run).join(''));
      const numId = b.ordered ? nextList() : 1;
      const numPr = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
      return b.items.map((item) => para('ListParagraph', item.map(run).join(''), numPr)).join('');
    })
    .join('');
}

function documentXml(doc: ReportDocument): { xml: string; orderedLists: number } {
  let orderedLists = 0;
  const nextList = () => (orderedLists += 1) + 1;
  const body = [
    para('Title', text(doc.title)),
    ...(doc.subtitle ? [para('Subtitle', text(doc.subtitle))] : []),
    ...doc.sections.map(
      (s) =>
        para('Heading1', text(s.heading)) +
        (s.figures?.length ? figuresTable(s.figures) : '') +
        (s.blocks.length ? blocksXml(s.blocks, nextList) : para('BodyText', text('（未填写）'))),
    ),
    para('BodyText', ''),
    para('Signature', text(doc.signature.unitName)),
    para('Signature', text(doc.signature.date)),
  ];
  if (doc.review) {
    const r = doc.review;
    body.push(
      para('BodyText', ''),
      para('BodyText', run({ text: '附：普法办评议　', bold: true }) + text(`${r.grade}${r.score === null ? '' : `（${r.score} 分）`}${r.reviewer ? `，${r.reviewer}` : ''}`)),
      ...(r.comment ? [para('BodyText', text(`评议说明：${r.comment}`))] : []),
    );
  }
  // A4 with the official margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
  const section = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${section}</w:body></w:document>`;
  return { xml, orderedLists };
}

/** The .docx file of a report document. */
export function reportDocx(doc: ReportDocument): Buffer {
  const { xml, orderedLists } = documentXml(doc);
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  return zipFiles([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
        `<Override PartName="/word/numbering.xml" ContentType="${CT}.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}">${rel('rId1', `${REL}/officeDocument`, 'word/document.xml')}` +
        `${rel('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml')}</Relationships>`,
    },
    {
      name: 'docProps/core.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${esc(doc.title)}</dc:title><dc:creator>${esc(doc.unitName)}</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>`,
    },
    { name: 'word/document.xml', data: xml },
    { name: 'word/styles.xml', data: stylesXml() },
    { name: 'word/numbering.xml', data: numberingXml(orderedLists) },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}">${rel('rId1', `${REL}/styles`, 'styles.xml')}${rel('rId2', `${REL}/numbering`, 'numbering.xml')}</Relationships>`,
    },
  ]);
}
