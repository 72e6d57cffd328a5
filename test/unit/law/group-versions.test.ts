import { describe, expect, it } from 'vitest';
import { groupLawVersions, latestHistoryDate } from '../../../core/law/group-versions';
import type { ParsedArticle, ParsedLawFile } from '../../../core/law/types';

const article = (number: number, subNumber?: number): ParsedArticle => ({
  number,
  ...(subNumber ? { subNumber } : {}),
  numberText: `第${number}条`,
  chapterPath: [],
  paragraphs: [`第${number}条内容`],
  line: number,
});
const file = (over: Partial<ParsedLawFile>): ParsedLawFile => ({
  title: '中华人民共和国示例法',
  slug: '示例法',
  level: '法律',
  category: '社会法',
  history: [],
  sections: [],
  articles: [],
  ...over,
});

describe('latestHistoryDate', () => {
  it('takes the latest enacting date and ignores entry into force', () => {
    expect(latestHistoryDate(['2020年5月28日 第十三届全国人民代表大会第三次会议通过', '2021年1月1日 施行'])).toBe('2020-05-28');
    expect(latestHistoryDate(['1996年3月17日 通过', '2021年1月22日 第十三届…修订'])).toBe('2021-01-22');
    expect(latestHistoryDate([])).toBeUndefined();
  });
});

describe('groupLawVersions', () => {
  it('merges undated part files of one law into one version, articles in order', () => {
    const { versions, issues } = groupLawVersions([
      { file: '民法典/婚姻家庭编.md', law: file({ part: '婚姻家庭编', history: ['2020年5月28日 通过'], articles: [article(1040), article(1041)] }) },
      { file: '民法典/总则.md', law: file({ part: '总则', history: ['2020年5月28日 通过', '2021年1月1日 施行'], articles: [article(1), article(2)] }) },
    ]);
    expect(issues).toEqual([]);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ versionDate: '2020-05-28', sourceFiles: ['民法典/婚姻家庭编.md', '民法典/总则.md'] });
    expect(versions[0]!.articles.map((a) => a.number)).toEqual([1, 2, 1040, 1041]);
  });

  it('keeps dated files of the same law as separate versions', () => {
    const { versions } = groupLawVersions([
      { file: 'a(2015-01-01).md', law: file({ versionDate: '2015-01-01', articles: [article(1)] }) },
      { file: 'a(2024-01-01).md', law: file({ versionDate: '2024-01-01', articles: [article(1)] }) },
    ]);
    expect(versions.map((v) => v.versionDate)).toEqual(['2015-01-01', '2024-01-01']);
  });

  it('orders inserted articles after their base and reports a number repeated across parts', () => {
    const ok = groupLawVersions([{ file: 'x.md', law: file({ versionDate: '2020-01-01', articles: [article(18), article(17, 1), article(17)] }) }]);
    expect(ok.versions[0]!.articles.map((a) => [a.number, a.subNumber ?? 0])).toEqual([[17, 0], [17, 1], [18, 0]]);
    const bad = groupLawVersions([
      { file: 'p1.md', law: file({ articles: [article(1), article(2)] }) },
      { file: 'p2.md', law: file({ articles: [article(2), article(3)] }) },
    ]);
    expect(bad.versions).toEqual([]);
    expect(bad.issues[0]!.message).toContain('条号重复');
  });

  it('gives equal content the same hash whatever the line numbers', () => {
    const a = groupLawVersions([{ file: 'x.md', law: file({ versionDate: '2020-01-01', articles: [article(1)] }) }]);
    const moved = { ...article(1), line: 99 };
    const b = groupLawVersions([{ file: 'x.md', law: file({ versionDate: '2020-01-01', articles: [moved] }) }]);
    expect(a.versions[0]!.contentHash).toBe(b.versions[0]!.contentHash);
    const edited = { ...article(1), paragraphs: ['改动'] };
    const c = groupLawVersions([{ file: 'x.md', law: file({ versionDate: '2020-01-01', articles: [edited] }) }]);
    expect(c.versions[0]!.contentHash).not.toBe(a.versions[0]!.contentHash);
  });
});

describe('copies of one law filed under two folders', () => {
  it('are imported once, with both files recorded as sources', () => {
    const law = file({ versionDate: '2021-04-29', articles: [article(1), article(2)] });
    const { versions, issues } = groupLawVersions([
      { file: '经济法/广告法(2021-04-29).md', law },
      { file: '行政法/广告法(2021-04-29).md', law: { ...law, category: '行政法', history: ['2015年9月1日 施行'] } },
    ]);
    expect(issues).toEqual([]);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.articles).toHaveLength(2);
    expect(versions[0]!.sourceFiles).toEqual(['经济法/广告法(2021-04-29).md', '行政法/广告法(2021-04-29).md']);
  });
});
