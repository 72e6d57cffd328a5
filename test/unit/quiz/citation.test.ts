import { describe, expect, it } from 'vitest';
import { articleAnchor, citationLabel, citationsInMdx, lawUrl } from '../../../core/quiz/citation';
import { stripMdx } from '../../../core/search/strip-mdx';

describe('citations', () => {
  it('writes a citation the Chinese way and links to the article anchor', () => {
    expect(citationLabel({ law: '民法典', article: 1042 })).toBe('《民法典》第一千零四十二条');
    expect(citationLabel({ law: '宪法', article: 10 })).toBe('《宪法》第十条');
    expect(lawUrl('民法典', 1042)).toBe('/laws/%E6%B0%91%E6%B3%95%E5%85%B8/#art-1042');
    expect(articleAnchor(17, 1)).toBe('art-17-1');
  });
  it('finds every <Cite> in an MDX body', () => {
    const body = '见 <Cite law="民法典" article={1042} /> 与<Cite law="反家庭暴力法" article={2}/>。';
    expect(citationsInMdx(body)).toEqual([
      { law: '民法典', article: 1042 },
      { law: '反家庭暴力法', article: 2 },
    ]);
  });
});

describe('stripMdx', () => {
  it('keeps prose, turns citations into text, and drops imports, tags and markup', () => {
    const body = [
      "import X from './x';",
      '## 情景：收了彩礼',
      '依照 <Cite law="民法典" article={1042} />，**禁止**借婚姻索取财物。',
      '<Callout type="tip" title="小贴士">',
      '拨打 [12348](tel:12348) 热线。',
      '</Callout>',
      '<Quiz id="minfadian-hunyin" />',
      'export const meta = {a: 1};',
    ].join('\n');
    expect(stripMdx(body)).toBe('情景：收了彩礼 依照 《民法典》第1042条，禁止借婚姻索取财物。 拨打 12348 热线。');
  });
});
