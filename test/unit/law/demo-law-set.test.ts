import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citedInMdx, citedInYaml, citedVersionFiles } from '../../../core/law/demo-law-set';

describe('citations found in content', () => {
  it('reads law and pinned version from <Cite> in any attribute order and quoting', () => {
    const mdx = [
      '正文（<Cite law="安全生产法" article={3} />）。',
      "<Cite article={9} version='2021-06-10' law='安全生产法' />",
      '<Cite law={"民法典"} article={1042} />',
      '<Citation law="不是引用" />',
    ].join('\n');
    expect(citedInMdx(mdx)).toEqual([{ law: '安全生产法' }, { law: '安全生产法', version: '2021-06-10' }, { law: '民法典' }]);
  });

  it('reads every cite of a quiz or exam file, dates unquoted or quoted', () => {
    const doc = parseYaml(
      'questions:\n  - cite: { law: 宪法, article: 2, version: 2018-03-11 }\n  - cite: { law: 刑法, article: 5, version: "2023-12-29" }\n  - nested: { cite: { law: 民法典, article: 1 } }\n  - cite: 不是对象\n',
    );
    expect(citedInYaml(doc)).toEqual([
      { law: '宪法', version: '2018-03-11' },
      { law: '刑法', version: '2023-12-29' },
      { law: '民法典' },
    ]);
  });
});

describe('citedVersionFiles', () => {
  const files = [
    { path: '社会法/未成年人保护法(2020-10-17).md', slug: '未成年人保护法', versionDate: '2020-10-17' },
    { path: '社会法/未成年人保护法(2024-04-26).md', slug: '未成年人保护法', versionDate: '2024-04-26' },
    { path: '行政法/广告法(2021-04-29).md', slug: '广告法', versionDate: '2021-04-29' },
    { path: '经济法/广告法(2021-04-29).md', slug: '广告法', versionDate: '2021-04-29' },
    { path: '民法典/总则.md', slug: '民法典' },
    { path: '民法典/婚姻家庭编.md', slug: '民法典' },
  ];

  it('takes the latest version, one copy of a law filed twice, and every file of an undated law', () => {
    const { paths, missing } = citedVersionFiles(files, [{ law: '未成年人保护法' }, { law: '广告法' }, { law: '民法典' }, { law: '无此法' }]);
    expect(paths.filter((p) => !p.includes('广告法'))).toEqual(['民法典/婚姻家庭编.md', '民法典/总则.md', '社会法/未成年人保护法(2024-04-26).md']);
    expect(paths.filter((p) => p.includes('广告法'))).toHaveLength(1);
    expect(missing).toEqual(['无此法']);
  });

  it('adds the version a citation is pinned to', () => {
    const { paths } = citedVersionFiles(files, [{ law: '未成年人保护法', version: '2020-10-17' }]);
    expect(paths).toEqual(['社会法/未成年人保护法(2020-10-17).md', '社会法/未成年人保护法(2024-04-26).md']);
  });
});
