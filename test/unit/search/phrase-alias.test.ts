/** Punctuated phrases and the search thesaurus, on the query side. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { writeSearchIndex } from '../../../core/search/build-index';
import { matchAliases, phraseParts, planQuery, type SearchAlias, type SearchDoc } from '../../../core/search';
import { buildMemoryIndex, memoryEngine } from './helpers';

const doc = (id: string, text: string): SearchDoc => ({ id, kind: 'article', title: `测试法${id}`, text, url: `/laws/t/#${id}` });
const DOCS: SearchDoc[] = [
  doc('phrase', '处理个人信息应当遵循合法、正当、必要和诚信原则。'),
  doc('phrase-again', '收集、使用消费者个人信息，应当遵循合法、正当、必要的原则。'),
  // Every word of the phrase, but never as the phrase:
  doc('scattered', '保护合法权益，没有正当理由的，采取必要措施。'),
  doc('other-punctuation', '合法，正当，必要。'),
  doc('no-punctuation', '合法正当必要'),
  ...Array.from({ length: 30 }, (_, i) => doc(`filler-${i}`, `合法的第${i}项；正当的；必要的。`)),
];

const ALIASES: SearchAlias[] = [
  { term: '离婚冷静期', variants: ['冷静期'], targets: [{ label: '《民法典》第一千零七十七条', url: '/laws/民法典/#art-1077', excerpt: '自婚姻登记机关收到离婚登记申请之日起三十日内' }], related: [] },
  { term: '彩礼', variants: ['天价彩礼'], targets: [{ label: '《民法典》第一千零四十二条', url: '/laws/民法典/#art-1042', excerpt: '禁止借婚姻索取财物' }], related: [] },
  { term: '996', variants: ['强迫加班'], targets: [{ label: '《劳动合同法》第三十一条', url: '/laws/劳动合同法/#art-31', excerpt: '' }], related: [] },
  { term: '离婚', variants: [], targets: [{ label: '《民法典》第一千零七十六条', url: '/laws/民法典/#art-1076', excerpt: '' }], related: [] },
];

function engineWithAliases() {
  const index = buildMemoryIndex({ laws: DOCS }, { postingsPerShard: 8 });
  index.manifest.aliases = { names: ALIASES.map((a) => [a.term, ...a.variants]), path: 'aliases/x.bin' };
  index.files.set('aliases/x.bin', new Uint8Array(gzipSync(JSON.stringify(ALIASES))));
  index.files.set('manifest.json', new TextEncoder().encode(JSON.stringify(index.manifest)));
  return memoryEngine(index);
}

describe('punctuated phrases', () => {
  it('a word with punctuation inside is one phrase part, punctuation kept; outer punctuation is dropped', () => {
    expect(planQuery('合法、正当、必要').required.map((p) => p.text)).toEqual(['合法、正当、必要']);
    expect(planQuery('“彩礼”').required.map((p) => p.text)).toEqual(['彩礼']);
    expect(planQuery('合法、正当 必要 -合法，正当').required.map((p) => p.text)).toEqual(['合法、正当', '必要']);
    expect(planQuery('合法、正当 必要 -合法，正当').prohibited.map((p) => p.text)).toEqual(['合法,正当']);
  });

  it('looks a phrase up by every run’s grams at their offsets in the phrase', () => {
    expect(phraseParts('民法典，第十条')).toEqual([
      { text: '民法典,第十条', grams: [{ gram: '民法典', offset: 0 }, { gram: '第十条', offset: 4 }] },
    ]);
    expect(phraseParts('。，')).toEqual([]);
  });

  it('finds only documents holding the phrase as pasted, and counts only those', async () => {
    const { engine } = engineWithAliases();
    const page = await engine.search('合法、正当、必要', { limit: 1 });
    // Before: every document holding 合法, 正当 and 必要 anywhere (34 of them) was a result.
    expect(page.total).toBe(2);
    expect(page.results.map((r) => r.id)).toEqual(['phrase']);
    expect(page.parts).toEqual(['合法、正当、必要']);
    expect(page.results[0]!.snippet?.match).toBe('合法、正当、必要');
    const all = await engine.search('合法、正当、必要', { limit: 50 });
    expect(all.results.map((r) => r.id).sort()).toEqual(['phrase', 'phrase-again']);
  });

  it('words separated by spaces stay separate requirements', async () => {
    const { engine } = engineWithAliases();
    expect((await engine.search('合法 正当 必要', { limit: 50 })).total).toBe(DOCS.length);
  });
});

describe('search aliases', () => {
  it('matches a query naming a term or variant, exact names first, then the longer name', () => {
    expect(matchAliases(ALIASES, '离婚冷静期').map((a) => a.term)).toEqual(['离婚冷静期', '离婚']);
    expect(matchAliases(ALIASES, '离婚').map((a) => a.term)).toEqual(['离婚']);
    expect(matchAliases(ALIASES, '冷静期多少天').map((a) => a.term)).toEqual(['离婚冷静期']);
    expect(matchAliases(ALIASES, '“天价彩礼”能要回吗？').map((a) => a.term)).toEqual(['彩礼']);
    expect(matchAliases(ALIASES, '９９６').map((a) => a.term)).toEqual(['996']);
  });

  it('does not match inside a longer Latin or digit word, nor on nothing', () => {
    expect(matchAliases(ALIASES, '1996年')).toEqual([]);
    expect(matchAliases(ALIASES, '，。')).toEqual([]);
    expect(matchAliases(ALIASES, '彩')).toEqual([]);
  });

  it('comes with the first page of results; the entries’ file is fetched only when a name matches', async () => {
    const { engine, fetched } = engineWithAliases();
    await engine.search('合法', { limit: 1 });
    expect(fetched).not.toContain('aliases/x.bin');
    const first = await engine.search('离婚冷静期', { limit: 1 });
    expect(fetched).toContain('aliases/x.bin');
    expect(first.aliases.map((a) => a.targets[0]!.label)).toEqual(['《民法典》第一千零七十七条', '《民法典》第一千零七十六条']);
    expect(first.total).toBe(0);
    expect((await engine.search('合法', { offset: 1, limit: 1 })).aliases).toEqual([]);
  });
});

describe('search aliases in the built index', () => {
  it('writes the names into the manifest and the entries into one content-addressed file, deterministically', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pufa-alias-'));
    try {
      const source = { name: 'laws', load: () => DOCS.slice(0, 3) };
      const { manifest } = await writeSearchIndex([source], dir, { aliases: ALIASES });
      expect(manifest.aliases!.names[0]).toEqual(['离婚冷静期', '冷静期']);
      const stored = JSON.parse(gunzipSync(readFileSync(path.join(dir, manifest.aliases!.path))).toString('utf8')) as SearchAlias[];
      expect(stored).toEqual(ALIASES);
      const again = await writeSearchIndex([source], dir, { aliases: ALIASES });
      expect(again.manifest.aliases!.path).toBe(manifest.aliases!.path);
      expect((await writeSearchIndex([source], dir)).manifest.aliases).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
