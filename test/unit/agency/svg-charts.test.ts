import { describe, expect, it } from 'vitest';
import { barChartSvg, donutSvg, monthlyChartSvg } from '../../../core/agency/svg-charts';
import { escapeXml } from '../../../core/agency/svg-util';

const TOKEN = /<([/]?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
const ENTITY_OK = /&(?!(?:amp|lt|gt|quot|apos|#\d+);)/;

/** Tiny well-formedness check: balanced tags, quoted attributes, escaped text, one <svg> root. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = TOKEN.exec(svg))) {
    end = TOKEN.lastIndex;
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      expect(ENTITY_OK.test(text), `raw & in text: ${text}`).toBe(false);
      if (!stack.length) expect(text.trim()).toBe('');
      continue;
    }
    expect(ENTITY_OK.test(attrs ?? ''), `raw & in attributes of <${name}>`).toBe(false);
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) {
      if (!stack.length) roots++;
      stack.push(name!);
    } else if (!stack.length) roots++;
  }
  expect(end, `unparsed input at ${end}: ${svg.slice(end, end + 40)}`).toBe(svg.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  expect(svg.startsWith('<svg ')).toBe(true);
}

/** Text content of all <text> elements, unescaped. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
const descOf = (svg: string) => /<desc id="[^"]+">([^<]*)<\/desc>/.exec(svg)?.[1];

describe('barChartSvg', () => {
  const options = {
    title: '各类别完成条目',
    unit: '项',
    bars: [
      { label: '民法典', value: 12 },
      { label: '安全生产', value: 3 },
      { label: '宪法宣传', value: 0 },
    ],
  };
  const svg = barChartSvg(options);

  it('is well-formed, accessible SVG with a Chinese font stack', () => {
    assertWellFormed(svg);
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/aria-labelledby="(chart-[0-9a-f]{8})-title \1-desc"/);
    expect(svg).toContain('<title id="');
    expect(svg).toContain('WenQuanYi Micro Hei');
  });

  it('prints every value as text and lists them in <desc>', () => {
    expect(texts(svg)).toEqual(expect.arrayContaining(['民法典', '12项', '安全生产', '3项', '宪法宣传', '0项']));
    expect(descOf(svg)).toBe('各类别完成条目：民法典 12项；安全生产 3项；宪法宣传 0项。');
  });

  it('escapes < & " in titles and labels', () => {
    const evil = barChartSvg({ title: 'A<B & "C"', bars: [{ label: '<script>&', value: 1 }] });
    assertWellFormed(evil);
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;script&gt;&amp;');
    expect(texts(evil)).toContain('A<B & "C"');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('is deterministic, handles no data, and refuses values it cannot draw truthfully', () => {
    // A fresh copy of the same input draws the same bytes.
    expect(barChartSvg(structuredClone(options))).toBe(svg);
    const empty = barChartSvg({ title: '无', bars: [] });
    assertWellFormed(empty);
    expect(texts(empty)).toContain('暂无数据');
    expect(() => barChartSvg({ title: 't', bars: [{ label: 'x', value: -1 }] })).toThrow('图表数值无效');
    expect(() => barChartSvg({ title: 't', bars: [{ label: 'x', value: Number.NaN }] })).toThrow(RangeError);
  });

  it('shortens only over-long labels and keeps them whole in <desc>', () => {
    const long = '关于在全市开展法律进乡村进社区进学校进企业的专项活动';
    const s = barChartSvg({ title: 't', width: 300, bars: [{ label: long, value: 7 }] });
    assertWellFormed(s);
    expect(texts(s).some((t) => t.endsWith('…'))).toBe(true);
    expect(texts(s)).toContain('7');
    expect(descOf(s)).toContain(long);
  });
});

describe('monthlyChartSvg', () => {
  const values = [0, 2, 5, 1, 9, 3, 0, 0, 4, 1, 2, 12];
  const svg = monthlyChartSvg({ title: '各月主题活动', unit: '场', values, id: 'monthly' });

  it('labels all twelve months and prints each value', () => {
    assertWellFormed(svg);
    const t = texts(svg);
    for (let i = 1; i <= 12; i++) expect(t).toContain(`${i}月`);
    for (const v of values) expect(t).toContain(`${v}场`);
    expect(descOf(svg)).toBe(`各月主题活动：${values.map((v, i) => `${i + 1}月 ${v}场`).join('；')}。`);
    expect(svg).toContain('aria-labelledby="monthly-title monthly-desc"');
  });

  it('requires exactly twelve values', () => {
    expect(() => monthlyChartSvg({ title: 't', values: [1, 2] })).toThrow('月度图表需要12个数值，实际为2个');
  });
});

describe('donutSvg', () => {
  it('prints each label, value and share in the legend and <desc>', () => {
    const svg = donutSvg({
      title: '作品形式',
      unit: '部',
      slices: [
        { label: '吕剧', value: 3 },
        { label: '评书', value: 1 },
        { label: '动画', value: 0 },
      ],
    });
    assertWellFormed(svg);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['吕剧：3部（75%）', '评书：1部（25%）', '动画：0部（0%）', '合计 4部']),
    );
    expect(descOf(svg)).toBe('作品形式：合计4部；吕剧 3部（75%）；评书 1部（25%）；动画 0部（0%）。');
  });

  it('draws an empty ring with a note when there is nothing to show', () => {
    const svg = donutSvg({ title: '作品形式', slices: [] });
    assertWellFormed(svg);
    expect(texts(svg)).toContain('暂无数据');
    expect(descOf(svg)).toBe('作品形式：暂无数据。');
  });
});

describe('chart size', () => {
  it('caps its drawn width at its own size, so a page cannot scale its labels up', () => {
    expect(barChartSvg({ title: '甲', bars: [{ label: '进社区', value: 2 }] })).toMatch(/<svg [^>]*width="640"[^>]*style="max-width:640px"/);
    expect(monthlyChartSvg({ title: '乙', values: Array(12).fill(1), width: 480 })).toContain('style="max-width:480px"');
  });
});
