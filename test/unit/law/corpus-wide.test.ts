import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../core/law/chinese-numerals';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import type { LawParseIssue, ParsedArticle } from '../../../core/law/types';
import { listCorpusFiles, readCorpusFile } from '../../helpers/corpus';

const increasing = (a: ParsedArticle, b: ParsedArticle) =>
  a.number < b.number || (a.number === b.number && (a.subNumber ?? 0) < (b.subNumber ?? 0));

describe('whole corpus', () => {
  it('parses every file without throwing; irregular numbering is always reported', () => {
    const files = listCorpusFiles().filter((f) => !f.endsWith('/_index.md') && f !== '_index.md');
    const issues: LawParseIssue[] = [];
    let articles = 0;
    let sections = 0;
    for (const file of files) {
      const result = parseLawMarkdown({ text: readCorpusFile(file), path: file });
      issues.push(...result.issues);
      const law = result.law;
      expect(law, file).not.toBeNull();
      if (!law) continue;
      articles += law.articles.length;
      sections += law.sections.length;
      expect(law.title, file).not.toBe('');
      expect(law.slug, file).not.toMatch(/[/\\?#%\s]/);
      const keys = law.articles.map(articleKey);
      expect(new Set(keys).size, `${file}: article keys are unique`).toBe(keys.length);
      const kinds = new Set(result.issues.map((i) => i.kind));
      law.articles.forEach((a, i) => {
        const prev = law.articles[i - 1];
        if (prev && !increasing(prev, a)) expect(kinds.has('article-order'), `${file}:${a.line}`).toBe(true);
        expect(a.line, file).toBeGreaterThan(0);
      });
      for (const issue of result.issues) {
        expect(issue.file).toBe(file);
        expect(issue.line).toBeGreaterThan(0);
      }
    }
    const byKind = new Map<string, LawParseIssue[]>();
    for (const i of issues) byKind.set(i.kind ?? 'other', [...(byKind.get(i.kind ?? 'other') ?? []), i]);
    console.log(`law corpus: ${files.length} files, ${articles} articles, ${sections} sections, ${issues.length} issues`);
    for (const [kind, list] of byKind) {
      console.log(`  ${kind}: ${list.length}`, list.slice(0, 3).map((i) => `${i.file}:${i.line} ${i.message}`));
    }
    expect(files.length).toBeGreaterThan(0);
    expect(articles).toBeGreaterThan(0);
  }, 60_000);
});
