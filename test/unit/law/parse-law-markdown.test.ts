import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import type { LawParseIssue, ParsedLawFile } from '../../../core/law/types';
import { readCorpusFile } from '../../helpers/corpus';

function parseReal(path: string): ParsedLawFile {
  const { law, issues } = parseLawMarkdown({ text: readCorpusFile(path), path });
  expect(issues).toEqual([]);
  if (!law) throw new Error(`no law parsed from ${path}`);
  return law;
}

function parseText(text: string, path = '行政法/测试法(2020-01-01).md') {
  return parseLawMarkdown({ text, path });
}

const kinds = (issues: LawParseIssue[]) => issues.map((i) => [i.kind, i.line]);

describe('parseLawMarkdown on real corpus files', () => {
  it('宪法: title, history, multi-paragraph 序言 and 143 articles', () => {
    const law = parseReal('宪法/宪法.md');
    expect(law).toMatchObject({ title: '中华人民共和国宪法', slug: '宪法', level: '宪法', category: '宪法' });
    expect(law.versionDate).toBeUndefined();
    expect(law.history[0]).toBe('1982年12月4日 第五届全国人民代表大会第五次会议通过');
    expect(law.history).toHaveLength(7);
    expect(law.sections.map((s) => s.heading)).toEqual(['序言']);
    expect(law.sections[0]?.paragraphs.length).toBeGreaterThan(5);
    expect(law.sections[0]?.paragraphs[0]).toMatch(/^中国是世界上历史最悠久的国家之一/);
    expect(law.sections[0]?.paragraphs.join('')).not.toContain('FORCE BREAK');
    expect(law.articles).toHaveLength(143);
    const first = law.articles[0];
    expect(first).toMatchObject({ number: 1, numberText: '第一条', chapterPath: ['第一章 总纲'] });
    expect(first?.paragraphs[0]).toBe('中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。');
    expect(law.articles.map((a) => a.number)).toEqual(Array.from({ length: 143 }, (_, i) => i + 1));
  });

  it('民法典/婚姻家庭编: part first in the chapter path, 1040..1118, multi-paragraph article', () => {
    const law = parseReal('民法典/婚姻家庭编.md');
    expect(law).toMatchObject({ title: '中华人民共和国民法典', part: '婚姻家庭编', slug: '民法典', level: '法律' });
    expect(law.articles[0]?.number).toBe(1040);
    expect(law.articles.at(-1)?.number).toBe(1118);
    expect(law.articles).toHaveLength(1118 - 1040 + 1);
    const a1042 = law.articles.find((a) => a.number === 1042);
    expect(a1042?.numberText).toBe('第一千零四十二条');
    expect(a1042?.chapterPath).toEqual(['婚姻家庭编', '第一章 一般规定']);
    expect(a1042?.paragraphs).toEqual([
      '禁止包办、买卖婚姻和其他干涉婚姻自由的行为。禁止借婚姻索取财物。',
      '禁止重婚。禁止有配偶者与他人同居。',
      '禁止家庭暴力。禁止家庭成员间的虐待和遗弃。',
    ]);
    expect(law.articles.at(-1)?.chapterPath).toEqual(['婚姻家庭编', '第五章 收养', '第三节 收养关系的解除']);
    expect(law.sections).toEqual([]);
  });

  it('民法典/物权编: 编 > 分编 > 章 > 节 nesting', () => {
    const law = parseReal('民法典/物权编.md');
    const a = law.articles.find((x) => x.number === 210);
    expect(a?.chapterPath).toEqual(['物权编', '第一分编 通则', '第二章 物权的设立、变更、转让和消灭', '第一节 不动产登记']);
  });

  it('行政处罚法(2021-01-22): version date, level and 86 articles', () => {
    const law = parseReal('行政法/行政处罚法(2021-01-22).md');
    expect(law).toMatchObject({ slug: '行政处罚法', versionDate: '2021-01-22', level: '法律', category: '行政法' });
    expect(law.articles).toHaveLength(86);
    expect(law.articles.at(-1)?.chapterPath).toEqual(['第八章 附则']);
  });

  it('刑法: inserted articles 第X条之N get a subNumber', () => {
    const law = parseReal('刑法/刑法.md');
    const inserted = law.articles.filter((a) => a.subNumber !== undefined);
    expect(inserted.length).toBeGreaterThan(40);
    const i = law.articles.findIndex((a) => a.numberText === '第十七条之一');
    expect(law.articles.slice(i - 1, i + 2).map((a) => [a.number, a.subNumber])).toEqual([
      [17, undefined],
      [17, 1],
      [18, undefined],
    ]);
  });

  it('a guiding case: sections in order, no articles', () => {
    const path = '案例/消费购物/张莉诉北京合力华通汽车服务有限公司买卖合同纠纷案.md';
    const law = parseReal(path);
    expect(law).toMatchObject({ level: '指导性案例', category: '案例/消费购物', history: [], articles: [] });
    expect(law.sections.map((s) => s.heading)).toEqual([
      '张莉诉北京合力华通汽车服务有限公司买卖合同纠纷案',
      '关键词',
      '裁判要点',
      '基本案情',
      '裁判结果',
      '裁判理由',
    ]);
    expect(law.sections[1]).toEqual({ heading: '关键词', paragraphs: ['民事、买卖合同、欺诈、家用汽车。'], line: 7 });
    // "该合同第七条约定" inside a paragraph is not an article.
    expect(law.sections[3]?.paragraphs[0]).toContain('第七条约定');
  });

  it('a Shandong local regulation', () => {
    const law = parseReal('山东地方性法规/济南市优化营商环境条例(2022-01-21).md');
    expect(law).toMatchObject({ level: '地方性法规', versionDate: '2022-01-21', slug: '济南市优化营商环境条例' });
    expect(law.articles).toHaveLength(69);
    expect(law.articles[0]?.chapterPath).toEqual(['第一章 总则']);
  });

  it('text after the last article that opens an appendix becomes a section', () => {
    const law = parseReal('宪法相关法/国徽法(2020-10-17).md');
    expect(law.articles.at(-1)?.paragraphs).toEqual(['本法自1991年10月1日起施行。']);
    expect(law.sections[0]?.heading).toBe('附件:');
    expect(law.sections[0]?.paragraphs[0]).toBe('中华人民共和国国徽图案');
  });
});

describe('parseLawMarkdown on synthetic input', () => {
  const good = ['# 中华人民共和国测试法', '', '2020年1月1日 通过', '', '<!-- INFO END -->', ''];

  it('reports a missing title, a missing INFO END and a duplicate article, with lines', () => {
    const text = ['2020年1月1日 通过', '', '第一条 甲。', '', '第二条 乙。', '第二条 丙。', '丙续。', '第三条 丁。'].join('\n');
    const { law, issues } = parseText(text);
    expect(kinds(issues)).toEqual([
      ['missing-title', 1],
      ['missing-info-end', 1],
      ['duplicate-article', 6],
    ]);
    expect(issues[2]).toMatchObject({ file: '行政法/测试法(2020-01-01).md', message: expect.stringContaining('line 5') });
    expect(law?.title).toBe('测试法');
    expect(law?.history).toEqual(['2020年1月1日 通过']);
    expect(law?.articles.map((a) => [a.number, a.paragraphs])).toEqual([
      [1, ['甲。']],
      [2, ['乙。']],
      [3, ['丁。']],
    ]);
  });

  it('reports gaps, steps backwards and bad numerals but keeps parsing', () => {
    const body = ['第一条 甲。', '第三条 丙。', '第二条 乙。', '第十十条 坏。', '第四条 丁。'];
    const { law, issues } = parseText([...good, ...body].join('\n'));
    expect(kinds(issues)).toEqual([
      ['article-gap', 8],
      ['article-order', 9],
      ['bad-numeral', 10],
      ['article-gap', 11],
    ]);
    expect(law?.articles.map((a) => a.number)).toEqual([1, 3, 2, 4]);
    expect(law?.articles[2]?.paragraphs).toEqual(['乙。', '第十十条 坏。']);
  });

  it('only a paragraph starting with 第X条 plus a separator opens an article', () => {
    const body = ['## 第一章 总则', '第一条　依照本法第十条规定。', '第十条规定的情形除外。', '第二条【定义】本法所称……', '第三条', '内容。'];
    const { law, issues } = parseText([...good, ...body].join('\r\n'));
    expect(issues).toEqual([]);
    expect(law?.articles.map((a) => [a.numberText, a.paragraphs, a.line])).toEqual([
      ['第一条', ['依照本法第十条规定。', '第十条规定的情形除外。'], 8],
      ['第二条', ['【定义】本法所称……'], 10],
      ['第三条', ['内容。'], 11],
    ]);
  });

  it('handles parts, headings, tables, comments and unmarked headings', () => {
    const text = [
      '# 中华人民共和国测试法', '# 第一编', '<!-- INFO END -->', '## 第一章\u2002\u2002总则', '第一条 甲：',
      '<!-- FORCE BREAK -->', '| a | b |', '|---|---|', '| 1 | 2 |', '第二条 乙。', '附 则', '第三条 丙。',
      '附件：', '第一条 附件里的条文不是本法条文。', '## 附表', '内容',
    ].join('\n');
    const { law, issues } = parseText(text);
    expect(kinds(issues)).toEqual([['unmarked-heading', 11]]);
    expect(law?.part).toBe('第一编');
    expect(law?.articles.map((a) => [a.number, a.chapterPath])).toEqual([
      [1, ['第一编', '第一章 总则']],
      [2, ['第一编', '第一章 总则']],
      [3, ['第一编', '附 则']],
    ]);
    expect(law?.articles[0]?.paragraphs).toEqual(['甲：', '| a | b |\n|---|---|\n| 1 | 2 |']);
    expect(law?.sections).toEqual([
      { heading: '附件：', paragraphs: ['第一条 附件里的条文不是本法条文。'], line: 13 },
      { heading: '附表', paragraphs: ['内容'], line: 15 },
    ]);
  });

  it('keeps text before any heading as a section with an empty heading', () => {
    const { law } = parseText([...good, '为了测试，制定本解释。', '第一条 甲。', '##', '第二条 乙。'].join('\n'));
    expect(law?.sections).toEqual([{ heading: '', paragraphs: ['为了测试，制定本解释。'], line: 7 }]);
    expect(law?.articles[1]?.chapterPath).toEqual([]);
  });

  it('returns null for unusable text and for index files', () => {
    for (const text of ['', ' \n\u200b\n', 'abc\u0000def']) {
      const { law, issues } = parseText(text);
      expect(law).toBeNull();
      expect(issues.map((i) => i.kind)).toEqual(['unusable']);
    }
    const noTitle = parseText('只是一些文字。\n没有标题也没有条文。');
    expect(noTitle.law).toBeNull();
    expect(noTitle.issues.map((i) => i.kind)).toContain('unusable');
    expect(parseLawMarkdown({ text: '---\nbookCollapseSection: true\n---', path: '案例/_index.md' })).toEqual({
      law: null,
      issues: [],
    });
  });
});
