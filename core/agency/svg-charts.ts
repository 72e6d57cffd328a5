/**
 * Static, accessible SVG charts made at build time (no chart library in the browser).
 * Every chart prints each value as text next to its mark and lists all values in <desc>,
 * so it reads without colour, in print and with a screen reader. Output is a pure function
 * of the input (same input → same string).
 */
import {
  CHART_COLORS,
  assertChartValue,
  chartId,
  escapeXml,
  fitLabel,
  formatValue,
  px,
  svgDocument,
  textWidth,
} from './svg-util';

/** One labelled value. */
export interface ChartDatum {
  label: string;
  value: number;
}

/** Common chart options; `unit` follows each printed value (e.g. '场', '人次'). */
export interface ChartOptions {
  title: string;
  width?: number;
  height?: number;
  unit?: string;
  /** Element id prefix; defaults to a hash of the title. Pass one when titles repeat on a page. */
  id?: string;
}

const TEXT = '#222222';
const FONT = 13;
const TOP = 44;

function describe(title: string, data: readonly ChartDatum[], unit: string): string {
  if (data.length === 0) return `${title}：暂无数据。`;
  return `${title}：${data.map((d) => `${d.label} ${formatValue(d.value)}${unit}`).join('；')}。`;
}

function emptyNote(width: number, height: number): string {
  return `<text x="${px(width / 2)}" y="${px(height / 2)}" font-size="${FONT}" text-anchor="middle" fill="${TEXT}">暂无数据</text>`;
}

/** Horizontal bar chart: one row per bar, label on the left, value printed after the bar. */
export function barChartSvg(opts: ChartOptions & { bars: readonly ChartDatum[] }): string {
  const { title, bars, unit = '' } = opts;
  bars.forEach((b) => assertChartValue(b.label, b.value));
  const width = opts.width ?? 640;
  const rowH = 28;
  const height = opts.height ?? TOP + Math.max(bars.length, 1) * rowH + 16;
  // Label column: 12 px margin, the longest label (up to 40 % of the width), 8 px gap.
  const labelW = Math.min(width * 0.4, Math.max(48, ...bars.map((b) => textWidth(b.label, FONT))) + 20);
  const valueW = Math.max(40, ...bars.map((b) => textWidth(formatValue(b.value) + unit, FONT))) + 12;
  const plotW = Math.max(10, width - labelW - valueW - 16);
  const rowStep = bars.length ? (height - TOP - 16) / bars.length : rowH;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const body = bars.map((b, i) => {
    const y = TOP + i * rowStep;
    const barH = Math.min(18, rowStep * 0.7);
    const w = max ? (b.value / max) * plotW : 0;
    const mid = y + rowStep / 2;
    return [
      `<g>`,
      `<text x="${px(labelW - 8)}" y="${px(mid + 4)}" font-size="${FONT}" text-anchor="end" fill="${TEXT}">` +
        `${escapeXml(fitLabel(b.label, FONT, labelW - 20))}</text>`,
      `<rect x="${px(labelW)}" y="${px(mid - barH / 2)}" width="${px(w)}" height="${px(barH)}" fill="${CHART_COLORS[0]}"/>`,
      `<text x="${px(labelW + w + 6)}" y="${px(mid + 4)}" font-size="${FONT}" fill="${TEXT}">` +
        `${escapeXml(formatValue(b.value) + unit)}</text>`,
      `</g>`,
    ].join('');
  });
  if (!bars.length) body.push(emptyNote(width, height));
  return svgDocument({
    id: opts.id ?? chartId(`bar:${title}`),
    width,
    height,
    title,
    desc: describe(title, bars, unit),
    body,
  });
}

/** Column chart of the 12 months (1月 … 12月), value printed above each column. */
export function monthlyChartSvg(opts: ChartOptions & { values: readonly number[] }): string {
  const { title, values, unit = '' } = opts;
  if (values.length !== 12) throw new RangeError(`月度图表需要12个数值，实际为${values.length}个`);
  const data = values.map((value, i) => ({ label: `${i + 1}月`, value }));
  data.forEach((d) => assertChartValue(d.label, d.value));
  const width = opts.width ?? 640;
  const height = opts.height ?? 280;
  const left = 16;
  const bottom = height - 28;
  const plotH = bottom - TOP - 20;
  const step = (width - left * 2) / 12;
  const max = Math.max(0, ...values);
  const body = data.map((d, i) => {
    const h = max ? (d.value / max) * plotH : 0;
    const x = left + i * step;
    const cx = x + step / 2;
    return [
      `<g>`,
      `<rect x="${px(x + step * 0.2)}" y="${px(bottom - h)}" width="${px(step * 0.6)}" height="${px(h)}" fill="${CHART_COLORS[0]}"/>`,
      `<text x="${px(cx)}" y="${px(bottom - h - 6)}" font-size="${FONT}" text-anchor="middle" fill="${TEXT}">` +
        `${escapeXml(formatValue(d.value) + unit)}</text>`,
      `<text x="${px(cx)}" y="${px(bottom + 18)}" font-size="${FONT}" text-anchor="middle" fill="${TEXT}">${d.label}</text>`,
      `</g>`,
    ].join('');
  });
  body.unshift(`<line x1="${left}" y1="${px(bottom)}" x2="${px(width - left)}" y2="${px(bottom)}" stroke="#888888"/>`);
  return svgDocument({
    id: opts.id ?? chartId(`month:${title}`),
    width,
    height,
    title,
    desc: describe(title, data, unit),
    body,
  });
}

/** Donut chart with a legend that prints each label, value and share. */
export function donutSvg(opts: ChartOptions & { slices: readonly ChartDatum[] }): string {
  const { title, slices, unit = '' } = opts;
  slices.forEach((s) => assertChartValue(s.label, s.value));
  const width = opts.width ?? 520;
  const height = opts.height ?? Math.max(240, TOP + slices.length * 24 + 16);
  const total = slices.reduce((sum, s) => sum + s.value, 0);
  // The ring's outer edge (radius + half the stroke) must stay inside the canvas.
  const outer = Math.min(100, (height - TOP - 16) / 2);
  const stroke = outer * 0.4;
  const r = outer - stroke / 2;
  const cx = 16 + outer;
  const cy = TOP + (height - TOP - 8) / 2;
  const circ = 2 * Math.PI * r;
  const share = (v: number) => (total ? `${formatValue(Math.round((v / total) * 1000) / 10)}%` : '0%');
  const body: string[] = [
    `<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(r)}" fill="none" stroke="#eeeeee" stroke-width="${px(stroke)}"/>`,
  ];
  let offset = 0;
  slices.forEach((s, i) => {
    if (!total || !s.value) return;
    const len = (s.value / total) * circ;
    body.push(
      `<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(r)}" fill="none" stroke="${CHART_COLORS[i % CHART_COLORS.length]}" ` +
        `stroke-width="${px(stroke)}" stroke-dasharray="${px(len)} ${px(circ - len)}" stroke-dashoffset="${px(-offset)}" ` +
        `transform="rotate(-90 ${px(cx)} ${px(cy)})"/>`,
    );
    offset += len;
  });
  if (slices.length) {
    body.push(
      `<text x="${px(cx)}" y="${px(cy + 5)}" font-size="${FONT + 1}" text-anchor="middle" fill="${TEXT}">` +
        `${escapeXml(`合计 ${formatValue(total)}${unit}`)}</text>`,
    );
  }
  const legendX = cx + outer + 24;
  slices.forEach((s, i) => {
    const y = TOP + 12 + i * 24;
    // Only the label is shortened: the value and share must always be printed in full.
    const value = `：${formatValue(s.value)}${unit}（${share(s.value)}）`;
    const text = fitLabel(s.label, FONT, Math.max(FONT * 2, width - legendX - 24 - textWidth(value, FONT))) + value;
    body.push(
      `<g><rect x="${px(legendX)}" y="${px(y - 11)}" width="12" height="12" fill="${CHART_COLORS[i % CHART_COLORS.length]}"/>` +
        `<text x="${px(legendX + 18)}" y="${px(y)}" font-size="${FONT}" fill="${TEXT}">` +
        `${escapeXml(text)}</text></g>`,
    );
  });
  if (!slices.length) body.push(emptyNote(width, height));
  const desc = slices.length
    ? `${title}：合计${formatValue(total)}${unit}；${slices.map((s) => `${s.label} ${formatValue(s.value)}${unit}（${share(s.value)}）`).join('；')}。`
    : `${title}：暂无数据。`;
  return svgDocument({ id: opts.id ?? chartId(`donut:${title}`), width, height, title, desc, body });
}
