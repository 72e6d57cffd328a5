/** Small helpers shared by the static SVG charts. */

/** Fonts for Chinese labels; WenQuanYi Micro Hei is what the build server and CI have. */
export const CHART_FONT_STACK =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/** Okabe–Ito colours: distinguishable with colour-blindness; values are always printed too. */
export const CHART_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with at most two decimals, so output is stable across runs and platforms. */
export function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A value as printed on a chart: integers as is, others with one decimal. */
export function formatValue(n: number): string {
  return Number.isInteger(n) ? String(n) : (Math.round(n * 10) / 10).toFixed(1);
}

/** Approximate rendered width of a label: CJK and full-width characters are ~1 em, others ~0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.6;
  return w * fontSize;
}

/** Shortens a label to fit `maxWidth`, ending in '…'. */
export function fitLabel(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

/** Deterministic id (FNV-1a of the text) so that a page with several charts has unique ids. */
export function chartId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `chart-${h.toString(16).padStart(8, '0')}`;
}

/** Throws on a value a chart cannot show truthfully (negative, NaN, infinite). */
export function assertChartValue(label: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`图表数值无效：${label} = ${value}`);
}

/**
 * The outer <svg> with role="img", <title> and <desc> (the numbers as text, for screen
 * readers and for print without colour), a white background and the font stack.
 */
export function svgDocument(opts: {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string[];
}): string {
  const { id, width, height, title, desc, body } = opts;
  return [
    // The inline max-width keeps a page's `width: 100%` from scaling the chart (and its 13 px
    // labels) past its own size: wide windows and print previews blew labels up to headline size.
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(width)} ${px(height)}" width="${px(width)}" ` +
      `height="${px(height)}" style="max-width:${px(width)}px" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
      `font-family="${escapeXml(CHART_FONT_STACK)}">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect x="0" y="0" width="${px(width)}" height="${px(height)}" fill="#ffffff"/>`,
    `<text x="${px(width / 2)}" y="24" font-size="16" font-weight="bold" text-anchor="middle" fill="#222222">` +
      `${escapeXml(title)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}
