/**
 * The search index built from real laws in the CMS: a few corpus files imported through the
 * importer, the index written by the same code the site build runs, then queried from its files
 * with the browser-side engine. Recall is checked against plain substring matching over the
 * source text for hundreds of sampled substrings, punctuated phrases among them; a thesaurus
 * entry saved in the CMS reaches the index and is shown for its term.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLaws } from '../../cms/importer/import-laws';
import { writeSearchIndex } from '../../core/search/build-index';
import { SearchEngine } from '../../core/search/engine';
import { normalize, runsOf } from '../../core/search/tokenize';
import type { SearchDoc } from '../../core/search/types';
import type { SearchAlias } from '../../core/search/aliases';
import { loadSearchAliases } from '../../site/integrations/search-aliases';
import { lawsSource, lessonsSource } from '../../site/integrations/search-sources';
import { compare, random, truthOf, universeOf } from '../../bench/search-check';
import { CORPUS_DIR } from '../helpers/corpus';
import { testPayload } from '../helpers/payload';

const FILES = ['民法典/婚姻家庭编.md', '行政法/行政处罚法(2021-01-22).md', '社会法/未成年人保护法(2024-04-26).md'];
let work: string;
let docs: { name: string; docs: SearchDoc[] }[];
let engine: () => SearchEngine;
let aliases: SearchAlias[];

beforeAll(async () => {
  const payload = await testPayload();
  work = mkdtempSync(path.join(tmpdir(), 'pufa-search-'));
  const corpus = path.join(work, 'corpus');
  for (const rel of FILES) {
    mkdirSync(path.dirname(path.join(corpus, rel)), { recursive: true });
    copyFileSync(path.join(CORPUS_DIR, rel), path.join(corpus, rel));
  }
  await importLaws({ payload, dir: corpus });
  const civilCode = (await payload.find({ collection: 'laws', where: { slug: { equals: '民法典' } }, limit: 1, depth: 0 })).docs[0]!;
  // The demo seed (another file of this run) may have saved the same term already; terms are unique.
  const saved = await payload.find({ collection: 'search-aliases', where: { term: { equals: '离婚冷静期' } }, limit: 1 });
  if (!saved.docs.length) {
    await payload.create({
      collection: 'search-aliases',
      data: { term: '离婚冷静期', variants: ['冷静期'], articles: [{ law: civilCode.id, article: 1077 }], related: [] },
    });
  }
  ({ aliases } = await loadSearchAliases());
  const loaded = await Promise.all([lawsSource(), lessonsSource()].map(async (s) => ({ source: s, docs: await s.load() })));
  docs = loaded.map(({ source, docs: d }) => ({ name: source.name, docs: d }));
  // Index the documents just loaded rather than loading them again (a Payload query, the lesson files).
  const sources = loaded.map(({ source, docs: d }) => ({ ...source, load: () => d }));
  await writeSearchIndex(sources, path.join(work, 'site', 'search'), { cacheDir: path.join(work, 'cache'), aliases });
  engine = () => new SearchEngine(async (p) => new Uint8Array(readFileSync(path.join(work, 'site', 'search', p))));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('search index built from real laws', () => {
  it('holds one document per law and per article, with anchors', () => {
    const laws = docs.find((d) => d.name === 'laws')!.docs;
    expect(laws.filter((d) => d.kind === 'law').map((d) => d.id)).toEqual(expect.arrayContaining(['民法典', '行政处罚法', '未成年人保护法']));
    const article = laws.find((d) => d.id === '民法典/01042-0')!;
    expect(article).toMatchObject({ kind: 'article', displayTitle: '第一千零四十二条', url: '/laws/%E6%B0%91%E6%B3%95%E5%85%B8/#art-1042' });
    expect(article.title).toMatch(/民法典第一千零四十二条$/);
  });

  it('finds an article by law and number, with a highlighted snippet', async () => {
    const page = await engine().search('民法典第一千零四十二条');
    expect(page.results[0]).toMatchObject({ kind: 'article', title: '第一千零四十二条', url: '/laws/%E6%B0%91%E6%B3%95%E5%85%B8/#art-1042' });
    const ban = await engine().search('禁止包办');
    expect(ban.results.map((r) => r.url)).toContain('/laws/%E6%B0%91%E6%B3%95%E5%85%B8/#art-1042');
    expect(ban.results.find((r) => r.url.endsWith('#art-1042'))!.snippet!.match).toBe('禁止包办');
  });

  it('returns every document containing a sampled substring (recall 1.0), precision ≥ 0.98', async () => {
    const universe = universeOf(docs);
    const rand = random(20261125);
    const all = universe.segments.flatMap((s) => s.docs);
    const queries = new Set(['民法典', '行政处罚', '未成年人', '监护', '罚款', '法', '第十条', '离婚 子女']);
    // Punctuated phrases: slices of the raw text with punctuation inside (合法、正当 …).
    while (queries.size < 100) {
      const text = all[rand(all.length)]!.text;
      const start = rand(Math.max(1, text.length - 10));
      const phrase = text.slice(start, start + 4 + rand(7)).trim();
      if (/[\p{L}\p{N}][^\p{L}\p{N}\s]+[\p{L}\p{N}]/u.test(phrase) && !/[\s:*~^+-]/.test(phrase)) queries.add(phrase);
    }
    while (queries.size < 300) {
      const runs = runsOf(normalize(all[rand(all.length)]!.text)).filter((r) => r.length >= 2);
      if (!runs.length) continue;
      const run = runs[rand(runs.length)]!;
      const length = Math.min(run.length, 2 + rand(7));
      const start = rand(run.length - length + 1);
      queries.add(run.slice(start, start + length).join(''));
    }
    const client = engine();
    let precision = 0;
    for (const q of queries) {
      const found = new Set((await client.matchAll(q)).map(([s, d]) => `${s}:${d}`));
      const score = compare(found, truthOf(universe, q));
      expect(score.recall, q).toBe(1);
      precision += score.precision;
    }
    expect(precision / queries.size).toBeGreaterThanOrEqual(0.98);
  });

  it('shows the articles a thesaurus term means, linked to the article anchor', async () => {
    const page = await engine().search('冷静期是多少天');
    const entry = page.aliases.find((a) => a.term === '离婚冷静期')!;
    expect(entry.targets).toEqual([
      { label: '《民法典》第一千零七十七条', url: '/laws/%E6%B0%91%E6%B3%95%E5%85%B8/#art-1077', excerpt: expect.stringMatching(/^自婚姻登记机关收到离婚登记申请之日起三十日内/) as unknown as string },
    ]);
    expect((await engine().search('禁止包办')).aliases).toEqual([]);
  });

  it('reuses the cached segments on an unchanged rebuild, byte for byte', async () => {
    const again = await writeSearchIndex([lawsSource(), lessonsSource()], path.join(work, 'again'), { cacheDir: path.join(work, 'cache'), aliases });
    expect(again.segments.every((s) => s.cached)).toBe(true);
    const manifest = (dir: string) => readFileSync(path.join(dir, 'manifest.json'), 'utf8');
    expect(manifest(path.join(work, 'again'))).toBe(manifest(path.join(work, 'site', 'search')));
  });
});
