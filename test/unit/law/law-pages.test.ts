import { describe, expect, it } from 'vitest';
import { pageOfArticle, splitLawPages, type PageableArticle } from '../../../core/law/law-pages';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import { readCorpusFile, listCorpusFiles } from '../../helpers/corpus';

const art = (number: number, chapterPath: string, size: number): PageableArticle => ({ number, chapterPath, size });

describe('splitLawPages', () => {
  it('keeps a law that fits on one page whole', () => {
    expect(splitLawPages([art(1, '第一章 总则', 100), art(2, '第二章 附则', 100)], 1000)).toEqual([]);
  });

  it('splits by top headings, packs small neighbours, goes one level deeper or into runs when still too big', () => {
    const articles = [
      art(1, '第一编 总则 / 第一章 基本规定', 150),
      art(2, '第一编 总则 / 第二章 自然人', 150),
      art(3, '第二编 物权 / 第一章 通则', 600),
      art(4, '第二编 物权 / 第二章 所有权', 600),
      art(5, '附则', 100),
      art(6, '附则', 100),
      art(10, '附录', 100),
      art(7, '', 400),
      art(8, '', 400),
      art(9, '', 400),
    ];
    const pages = splitLawPages(articles, 700);
    expect(pages.map((p) => [p.title, p.start, p.end])).toEqual([
      ['第一编 总则', 0, 2],
      ['第二编 物权 · 第一章 通则', 2, 3],
      ['第二编 物权 · 第二章 所有权', 3, 4],
      ['附则、附录', 4, 7],
      ['正文', 7, 8],
      ['正文', 8, 9],
      ['正文', 9, 10],
    ]);
    expect(pages.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageOfArticle(pages, articles, 4)?.index).toBe(3);
    expect(pageOfArticle(pages, articles, 99)).toBeUndefined();
  });

  it('splits 民法典 by 编 (合同编 by 分编) and covers every article once, pages in order', () => {
    const files = listCorpusFiles().filter((f) => f.startsWith('民法典/') && !f.endsWith('_index.md'));
    const articles = files
      .flatMap((f) => parseLawMarkdown({ text: readCorpusFile(f), path: f }).law!.articles)
      .sort((a, b) => a.number - b.number)
      .map((a) => ({ number: a.number, chapterPath: a.chapterPath.join(' / '), size: a.paragraphs.join('').length }));
    expect(articles).toHaveLength(1260);
    const pages = splitLawPages(articles);
    expect(pages[0]).toMatchObject({ start: 0 });
    pages.forEach((p, i) => expect(p.start).toBe(i === 0 ? 0 : pages[i - 1]!.end));
    expect(pages.at(-1)!.end).toBe(1260);
    expect(pages.some((p) => p.title.includes('合同编 · 第一分编'))).toBe(true);
    expect(pageOfArticle(pages, articles, 1077)!.title).toContain('婚姻家庭编');
    expect(pages.every((p) => p.end - p.start >= 1)).toBe(true);
  });
});
