import { describe, expect, it } from 'vitest';
import { buildSegment } from '../../../core/search/build-segment';
import { containsAll, normalize, planQuery, suggestQuery, type SearchDoc } from '../../../core/search';
import { random } from '../../../bench/search-check';
import { FIXTURE } from './fixture';
import { buildMemoryIndex, memoryEngine } from './helpers';

const lessons = FIXTURE.filter((d) => d.kind === 'lesson');
const others = FIXTURE.filter((d) => d.kind !== 'lesson');
const index = buildMemoryIndex({ laws: others, lessons }, { postingsPerShard: 40 });
const { engine } = memoryEngine(index);
const search = (query: string, limit = 1000) => engine.search(query, { limit });
const ids = async (query: string) => (await search(query)).results.map((r) => r.id);
// A phrase part (punctuation inside a word) must occur as written: the plan's parts, not bare runs.
const containing = (query: string) =>
  FIXTURE.filter((d) => containsAll(`${normalize(d.title)}\n${normalize(d.text)}`, planQuery(query).required.map((p) => p.text)))
    .map((d) => d.id)
    .sort();

describe('search: recall and precision on the fixture', () => {
  it.each(['民法典', '法典', '法律援助', '社区矫正', '营商环境', '离婚冷静期', '婚姻', '矫', '诈', '12348', '１２３４８', '2348', '12348热线', '2022年12月1日', 'Civil Code', 'civ', '第十条', '第一千零七十九条'])(
    'finds exactly the documents containing %s',
    async (q) => {
      expect((await ids(q)).sort()).toEqual(containing(q));
      expect(containing(q).length).toBeGreaterThan(0);
    },
  );

  it('finds nothing for empty, punctuation-only or absent queries', async () => {
    for (const q of ['', '   ', '，。', '刑事诉讼', '量子纠缠']) expect((await search(q)).results).toEqual([]);
  });

  it('requires every space-separated part', async () => {
    expect(await ids('社区矫正 报告')).toEqual(['lesson-community-correction']);
    expect(await ids('民法典 法律援助')).toEqual(['article-outreach']);
  });

  it('drops documents whose grams occur but not as the phrase', async () => {
    // 学习宪法与民法的基本原则 holds 民法 and 法典 (法典化) but not 民法典.
    expect(await ids('民法典')).not.toContain('lesson-constitution-civil');
    expect(await ids('法典化')).toEqual(['lesson-constitution-civil']);
  });

  it('returns every document containing a random substring (property)', async () => {
    const rand = random(0x9e3779b9);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const doc: SearchDoc = FIXTURE[rand(FIXTURE.length)]!;
      const chars = Array.from(rand(4) === 0 ? doc.title : doc.text);
      const len = 1 + rand(7);
      if (chars.length < len) continue;
      const start = rand(chars.length - len + 1);
      const sub = chars.slice(start, start + len).join('');
      if (!/[\p{L}\p{N}]/u.test(sub)) continue;
      expect((await ids(sub)).sort(), `query ${JSON.stringify(sub)}`).toEqual(containing(sub));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('search: query syntax (lunr)', () => {
  it('excludes -prohibited words', async () => {
    expect(await ids('社区矫正 -报告')).toEqual(expect.not.arrayContaining(['lesson-community-correction']));
    expect((await ids('社区矫正 -报告')).length).toBe(containing('社区矫正').length - 1);
  });

  it('scopes to titles or body text', async () => {
    expect(await ids('标题:社区矫正')).toEqual(['article-community-correction-short', 'lesson-community-correction']);
    expect((await ids('title:社区矫正')).sort()).toEqual((await ids('标题:社区矫正')).sort());
    expect(await ids('正文:营商环境')).toEqual(['article-business-environment']);
  });

  it('reads input lunr cannot parse as plain words', () => {
    expect(planQuery('12:30 会议').required.map((p) => p.text)).toEqual(['12:30', '会议']);
    expect(planQuery('民法* 婚姻~1').required.map((p) => p.text)).toEqual(['民法', '婚姻']);
  });
});

describe('search: ranking, pages and snippets', () => {
  it('ranks an exact title first, then title matches by kind (law, lesson, article), then BM25', async () => {
    const order = await ids('社区矫正');
    expect(order.slice(0, 2)).toEqual(['article-community-correction-short', 'lesson-community-correction']); // exact title first
    expect(order.slice(2)).toEqual(['article-outreach']);
    expect((await search('民法典')).results[0]!.inTitle).toBe(true);
  });

  it('pages through results and reports the total', async () => {
    const all = await search('法');
    const first = await engine.search('法', { limit: 3 });
    const second = await engine.search('法', { offset: 3, limit: 3 });
    expect(first.total).toBe(containing('法').length);
    expect([...first.results, ...second.results].map((r) => r.id)).toEqual(all.results.slice(0, 6).map((r) => r.id));
  });

  it('returns display fields and a snippet around the first body match', async () => {
    const [hit] = (await search('法律援助机构')).results;
    expect(hit).toMatchObject({ id: 'article-legal-aid-guide', kind: 'article', url: '/articles/legal-aid-guide/' });
    expect(hit!.snippet!.match).toBe('法律援助机构');
    expect(FIXTURE[2]!.text).toContain((hit!.snippet!.before + hit!.snippet!.match + hit!.snippet!.after).replace(/^…|…$/g, ''));
    const hotline = (await search('12348热线')).results.find((r) => r.id === 'article-hotline')!;
    expect(hotline.snippet!.match).toBe('１２３４８热线');
  });

  it('downloads only the shards of the query and the chunks of the shown results', async () => {
    const { engine: fresh, fetched } = memoryEngine(index);
    await fresh.search('社区矫正', { limit: 1 });
    const shards = fetched.filter((p) => /\/t\d\//.test(p));
    expect(shards.length).toBeLessThanOrEqual(2 * 2); // two trigrams, two segments
    expect(fetched.filter((p) => p.includes('/d/'))).toHaveLength(1);
    expect(fetched[0]).toBe('manifest.json');
  });
});

describe('buildSegment', () => {
  it('is deterministic: same documents in any order give byte-identical files', () => {
    const a = buildSegment('x', FIXTURE);
    const b = buildSegment('x', [...FIXTURE].reverse());
    expect(a.info).toEqual(b.info);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [path, bytes] of a.files) expect(Buffer.from(b.files.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
  });

  it('rejects duplicate ids and bad names', () => {
    expect(() => buildSegment('x', [FIXTURE[0]!, FIXTURE[0]!])).toThrow(/duplicate/);
    expect(() => buildSegment('X Y', FIXTURE)).toThrow(/name/);
  });

  it('orders documents by kind and records the kind ranges', () => {
    expect(buildSegment('x', FIXTURE).info.kinds).toEqual([
      ['law', 2],
      ['lesson', 3],
      ['article', 6],
    ]);
  });
});

describe('suggestQuery', () => {
  it('writes article numbers in Chinese numerals', () => {
    expect(suggestQuery('民法典第1042条')).toBe('民法典第一千零四十二条');
    expect(suggestQuery('刑法第１７条之1')).toBe('刑法第十七条之一');
    expect(suggestQuery('民法典')).toBeNull();
  });
});
