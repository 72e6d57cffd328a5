/**
 * Every seeded thesaurus target is checked against the real corpus: the article exists in the
 * law's latest version and its text holds the keyword chosen for it.
 */
import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import { SEED_ALIASES } from '../../../cms/seed/search-aliases';
import { listCorpusFiles, readCorpusFile } from '../../helpers/corpus';

/** Article texts (number → text) of the latest version of `slug` in the corpus. */
function latestArticles(slug: string): Map<number, string> {
  const versions = new Map<string, Map<number, string>>();
  for (const file of listCorpusFiles().filter((f) => f.includes(slug) && !f.startsWith('案例/') && !f.endsWith('_index.md'))) {
    const { law } = parseLawMarkdown({ text: readCorpusFile(file), path: file });
    if (law?.slug !== slug) continue;
    const date = law.versionDate ?? '';
    const articles = versions.get(date) ?? new Map<number, string>();
    for (const a of law.articles) if (!a.subNumber) articles.set(a.number, a.paragraphs.join('\n'));
    versions.set(date, articles);
  }
  const latest = [...versions.keys()].sort().at(-1);
  return latest === undefined ? new Map() : versions.get(latest)!;
}

describe('seeded search aliases', () => {
  it('has at least 50 distinct terms, none repeated as another entry’s variant', () => {
    const terms = SEED_ALIASES.map((a) => a.term);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.length).toBeGreaterThanOrEqual(50);
    const all = SEED_ALIASES.flatMap((a) => [a.term, ...(a.variants ?? [])]);
    expect(all.filter((x, i) => all.indexOf(x) !== i)).toEqual([]);
  });

  const slugs = [...new Set(SEED_ALIASES.flatMap((a) => a.articles.map((x) => x.law)))];
  it.each(slugs)('every target in 《%s》 exists and holds its keyword', (slug) => {
    const articles = latestArticles(slug);
    expect(articles.size, `语料中找不到《${slug}》`).toBeGreaterThan(0);
    const bad = SEED_ALIASES.flatMap((a) =>
      a.articles.filter((x) => x.law === slug && !articles.get(x.article)?.includes(x.keyword)).map((x) => `${a.term} → 第${x.article}条（${x.keyword}）`),
    );
    expect(bad).toEqual([]);
  });

  it('related terms name seeded entries', () => {
    const terms = new Set(SEED_ALIASES.map((a) => a.term));
    expect(SEED_ALIASES.flatMap((a) => (a.related ?? []).filter((r) => !terms.has(r)))).toEqual([]);
  });
});
