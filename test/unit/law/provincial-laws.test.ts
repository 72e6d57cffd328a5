/**
 * Importer hardening on files shaped like the corpus from provinces it has never seen
 * (test/fixtures/provincial-laws): levels from the folder, bare chapter headings, labels with
 * stray spaces, and first articles without labels — each reported at its own line with the cause.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusPath } from '../../../core/law/corpus-path';
import { isBlockingIssue } from '../../../core/law/issue-severity';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import type { LawParseIssue } from '../../../core/law/types';

const FIXTURES = path.resolve('test/fixtures/provincial-laws');
const parseFixture = (rel: string) => parseLawMarkdown({ text: readFileSync(path.join(FIXTURES, rel), 'utf8'), path: rel });
/** "kind@line" of each issue, in order. */
const at = (issues: LawParseIssue[]) => issues.map((i) => `${i.kind}@${i.line}`);

describe('levels from any province’s folder', () => {
  it.each([
    '江苏地方性法规/南京市文明养犬条例(2021-06-01).md',
    '广东省地方性法规/广州市社区调解条例(2022-03-01).md',
    '新疆维吾尔自治区地方性法规/乌鲁木齐市物业管理条例(2019-03-01).md',
    '山东地方性法规/济南市优化营商环境条例(2022-01-21).md',
  ])('%s → 地方性法规', (rel) => {
    expect(parseCorpusPath(rel).level).toBe('地方性法规');
  });

  it('keeps unknown folders 其他, and a folder merely containing the words is not enough', () => {
    expect(parseCorpusPath('新文件夹/x.md').level).toBe('其他');
    expect(parseCorpusPath('地方性法规/x.md').level).toBe('其他');
    expect(parseCorpusPath('江苏地方性法规汇编说明/x.md').level).toBe('其他');
  });
});

describe('bare chapter headings', () => {
  it('recognises 总则, 第一章 总则 and 附则 on lines of their own, before and between articles', () => {
    const { law, issues } = parseFixture('江苏地方性法规/南京市文明养犬条例(2021-06-01).md');
    expect(at(issues)).toEqual(['unmarked-heading@9', 'unmarked-heading@11', 'unmarked-heading@17', 'unmarked-heading@25']);
    expect(issues.some(isBlockingIssue)).toBe(false);
    expect(law?.level).toBe('地方性法规');
    expect(law?.articles.map((a) => [a.number, a.chapterPath])).toEqual([
      [1, ['第一章 总则']],
      [2, ['第一章 总则']],
      [3, ['第二章 养犬管理']],
      [4, ['附则']],
    ]);
    // No heading is left behind as body text.
    expect(law?.sections.flatMap((s) => s.paragraphs)).toEqual([]);
    expect(law?.articles[2]?.paragraphs).toEqual(['养犬人应当依法为犬只办理登记。', '携犬出户时，应当为犬只束犬链。']);
  });
});

describe('labels with stray spaces', () => {
  it('recovers an unambiguous one as its own article, reported at its line with the cause', () => {
    const { law, issues } = parseFixture('广东省地方性法规/广州市社区调解条例(2022-03-01).md');
    expect(at(issues)).toEqual(['malformed-label@15', 'malformed-label@17']);
    expect(issues[0]?.message).toContain('“第三 条”中有多余的空格');
    expect(issues.some(isBlockingIssue)).toBe(false);
    expect(law?.articles.map((a) => [a.numberText, a.paragraphs, a.line])).toEqual([
      ['第一条', ['为了规范社区调解工作，及时化解民间纠纷，根据《中华人民共和国人民调解法》，结合本市实际，制定本条例。'], 11],
      ['第二条', ['本条例适用于本市行政区域内的社区调解活动。'], 13],
      ['第三条', ['社区调解委员会在基层人民政府和基层人民法院指导下开展工作。'], 15],
      ['第四条', ['调解民间纠纷，应当遵循平等自愿原则。'], 17],
      ['第五条', ['本条例自2022年3月1日起施行。'], 19],
    ]);
  });

  it('reports an ambiguous one at its own line as blocking, never silently merged', () => {
    const { law, issues } = parseFixture('广东省地方性法规/广州市街巷管理条例(2020-09-01).md');
    const spaced = issues.find((i) => i.kind === 'unreadable-label');
    expect(spaced).toMatchObject({ line: 15, message: expect.stringContaining('“第二 条”') });
    expect(isBlockingIssue(spaced!)).toBe(true);
    expect(law?.articles.map((a) => a.number)).toEqual([1, 2, 5, 6]);
  });

  it('handles full-width spaces and 之N, and leaves references inside text alone', () => {
    const head = '# 测试条例\n\n<!-- INFO END -->\n\n第一条 甲。\n\n';
    const { law, issues } = parseLawMarkdown({
      text: `${head}第 二\u3000条 乙。\n\n第二条 之一 丙。\n\n第三条规定的情形除外。\n`,
      path: '浙江地方性法规/测试条例.md',
    });
    expect(at(issues)).toEqual(['malformed-label@7', 'malformed-label@9']);
    expect(law?.articles.map((a) => [a.numberText, a.paragraphs])).toEqual([
      ['第一条', ['甲。']],
      ['第二条', ['乙。']],
      ['第二条之一', ['丙。', '第三条规定的情形除外。']],
    ]);
  });
});

describe('first articles without labels', () => {
  it('reports unnumbered text before a first article that is not 第一条, at that text’s line', () => {
    const { law, issues } = parseFixture('新疆维吾尔自治区地方性法规/乌鲁木齐市物业管理条例(2019-03-01).md');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: 'missing-leading-articles', line: 11 });
    expect(issues[0]?.message).toContain('条文从第五条（第 19 行）开始');
    expect(issues[0]?.message).toContain('4 段没有条号的正文');
    expect(isBlockingIssue(issues[0]!)).toBe(true);
    expect(law?.articles[0]?.number).toBe(5);
  });

  it('accepts a 编 file, a case and a preamble, which legitimately precede later article numbers', () => {
    const body = '<!-- INFO END -->\n\n## 序言\n\n前言文字。\n\n第五条 甲。\n';
    expect(parseLawMarkdown({ text: `# 测试法\n\n${body}`, path: '行政法/测试法.md' }).issues).toEqual([]);
    expect(parseLawMarkdown({ text: `# 测试法\n# 第二编\n\n<!-- INFO END -->\n\n说明。\n\n第五条 甲。\n`, path: '行政法/测试法.md' }).issues).toEqual([]);
    expect(parseLawMarkdown({ text: `# 某案\n\n<!-- INFO END -->\n\n## 裁判要点\n\n要点。\n\n第五条 甲。\n`, path: '案例/某案.md' }).issues).toEqual([]);
  });
});
