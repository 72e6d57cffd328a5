import { describe, it, expect } from 'vitest';
import lunr from 'lunr';
import { buildSearchIndex, loadSearchIndex, searchIndex } from '../../../core/search';
import type { SearchDoc } from '../../../core/search';
import { FIXTURE } from './fixture';

const built = buildSearchIndex(FIXTURE);
const index = loadSearchIndex(built.index);
const search = (query: string, limit = 1000) => searchIndex({ index, store: built.store, query, limit });
const ids = (query: string) => search(query).map((r) => r.id);
const idOfRef = (ref: string) => built.store[ref]?.id;
const containing = (s: string) =>
  FIXTURE.filter((d) => d.title.includes(s) || d.text.includes(s))
    .map((d) => d.id)
    .sort();

describe('searchIndex: recall on the fixture', () => {
  it.each(['民法典', '法典', '法律援助', '社区矫正', '营商环境', '离婚冷静期', '婚姻'])('finds every doc containing %s', (q) => {
    expect(ids(q).sort()).toEqual(containing(q));
    expect(ids(q).length).toBeGreaterThan(0);
  });

  it('finds sub-word queries inside longer words', () => {
    expect(ids('法典')).toContain('lesson-marriage'); // 法典 inside 民法典
    expect(ids('法典')).toContain('lesson-constitution-civil'); // 法典化
  });

  it('handles digits, full-width digits and partial numbers', () => {
    const hotline = ['article-hotline', 'article-legal-aid-guide'];
    expect(ids('12348').sort()).toEqual(hotline);
    expect(ids('１２３４８').sort()).toEqual(hotline);
    expect(ids('2348').sort()).toEqual(hotline);
    expect(ids('12348热线').sort()).toEqual(['article-hotline']);
    expect(ids('2022年12月1日')).toEqual(['article-fraud']);
  });

  it('handles Chinese numerals and English words', () => {
    expect(ids('第十条')).toEqual(['article-business-environment']);
    expect(ids('第一千零七十九条')).toEqual(['law-civil-code-1079']);
    expect(ids('Civil Code')).toEqual(['article-fraud']);
    expect(ids('civ')).toEqual(['article-fraud']);
  });

  it('answers single-character queries via wildcard bigrams', () => {
    expect(ids('矫').sort()).toEqual(containing('矫'));
    expect(ids('诈').sort()).toEqual(['article-fraud']);
  });

  it('returns nothing for empty, blank, punctuation-only or absent queries', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('，。')).toEqual([]);
    expect(search('刑事诉讼')).toEqual([]);
  });
});

describe('searchIndex: precision', () => {
  it('drops docs whose query bigrams occur only non-adjacently', () => {
    const raw = index.query((q) => {
      for (const t of ['民法', '法典']) q.term(t, { presence: lunr.Query.presence.REQUIRED, usePipeline: false });
    });
    expect(raw.map((h) => idOfRef(h.ref))).toContain('lesson-constitution-civil'); // bigram false positive
    expect(ids('民法典')).not.toContain('lesson-constitution-civil');
  });

  it('requires every space-separated part to occur', () => {
    expect(ids('社区矫正 报告')).toEqual(['lesson-community-correction']);
    expect(ids('民法典 法律援助')).toEqual(['article-outreach']);
  });

  it('keeps unverifiable hits beyond the stored-text cap, ranked last', () => {
    const small = buildSearchIndex(FIXTURE, { maxStoredText: 20 });
    expect(Object.values(small.store).find((d) => d.id === 'article-outreach')?.truncated).toBe(true);
    const res = searchIndex({ index: loadSearchIndex(small.index), store: small.store, query: '社区矫正', limit: 100 });
    expect(res.map((r) => r.id).sort()).toEqual(containing('社区矫正'));
    const last = res[res.length - 1]!;
    expect(last.snippet).toBeNull();
  });
});

describe('searchIndex: ranking, limit and snippets', () => {
  it('ranks exact title, then title contains, then body matches', () => {
    const order = ids('社区矫正');
    expect(order[0]).toBe('article-community-correction-short');
    expect(order[1]).toBe('lesson-community-correction');
    expect(order.slice(2).sort()).toEqual(['article-outreach']);
  });

  it('ranks a title match above a body match', () => {
    const order = ids('民法典');
    expect(order[0]).toBe('lesson-marriage');
    expect(order).toContain('article-outreach');
  });

  it('applies the limit', () => {
    expect(search('法', 3)).toHaveLength(3);
  });

  it('returns display fields and a snippet around the first body match', () => {
    const [hit] = search('法律援助机构');
    expect(hit).toMatchObject({ id: 'article-legal-aid-guide', kind: 'article', url: '/articles/legal-aid-guide/' });
    expect(hit!.snippet!.match).toBe('法律援助机构');
    const joined = hit!.snippet!.before + hit!.snippet!.match + hit!.snippet!.after;
    expect(FIXTURE[2]!.text).toContain(joined.replace(/^…|…$/g, ''));
    expect(search('第一千零七十九条')[0]!.subtitle).toBe('中华人民共和国民法典 · 婚姻家庭编');
  });

  it('maps full-width matches back to the original text in snippets', () => {
    const hit = search('12348热线').find((r) => r.id === 'article-hotline')!;
    expect(hit.snippet!.match).toBe('１２３４８热线');
  });
});

describe('buildSearchIndex: determinism and serialization', () => {
  it('produces byte-identical JSON regardless of input order', () => {
    const a = JSON.stringify(buildSearchIndex(FIXTURE));
    const b = JSON.stringify(buildSearchIndex([...FIXTURE].reverse()));
    expect(a).toBe(b);
  });

  it('rejects duplicate ids', () => {
    expect(() => buildSearchIndex([FIXTURE[0]!, FIXTURE[0]!])).toThrow(/duplicate/);
  });

  it('gives the same results after a JSON round-trip', () => {
    const reloaded = lunr.Index.load(JSON.parse(JSON.stringify(built.index)));
    const store = JSON.parse(JSON.stringify(built.store));
    for (const q of ['民法典', '法典', '法', '12348', '社区矫正 报告', 'civil']) {
      expect(searchIndex({ index: reloaded, store, query: q })).toEqual(searchIndex({ index, store: built.store, query: q }));
    }
  });
});

describe('searchIndex: recall property', () => {
  // Small deterministic PRNG (xorshift32) so failures are reproducible.
  let seed = 0x9e3779b9;
  const rand = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };

  it('returns every doc containing a random 2–6 character substring', () => {
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const doc: SearchDoc = FIXTURE[rand(FIXTURE.length)]!;
      const chars = Array.from(rand(4) === 0 ? doc.title : doc.text);
      const len = 2 + rand(5);
      if (chars.length < len) continue;
      const start = rand(chars.length - len + 1);
      const sub = chars.slice(start, start + len).join('');
      if (!/[\p{L}\p{N}]/u.test(sub)) continue;
      const found = new Set(ids(sub));
      for (const expected of containing(sub)) expect(found, `query ${JSON.stringify(sub)}`).toContain(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('buildSearchIndex: store', () => {
  it('keys the store by compact lunr refs in id order and keeps display fields', () => {
    const sortedIds = FIXTURE.map((d) => d.id).sort();
    for (const [ref, doc] of Object.entries(built.store)) expect(doc.id).toBe(sortedIds[parseInt(ref, 36)]);
    expect(Object.keys(built.store)).toHaveLength(sortedIds.length);
    expect(Object.keys(built.store).every((ref) => /^[0-9a-z]+$/.test(ref))).toBe(true);
    const stored = Object.values(built.store).find((d) => d.id === 'lesson-marriage')!;
    expect(stored).toMatchObject({ kind: 'lesson', url: '/lessons/marriage/', subtitle: '普法课堂 · 第三讲' });
    expect(stored.text).not.toMatch(/\n/);
  });
});
