/**
 * The search client (browser-safe): reads the manifest, fetches only the
 * shards a query's grams route to and the document chunks of the results
 * shown, ranks, verifies and builds snippets. Loading goes through a
 * `Fetcher`, so the same code runs in the browser, in tests and in benchmarks.
 */
import { matchAliasNames, type SearchAlias } from './aliases';
import { gunzip, Shard } from './codec';
import { type Candidates, evaluate } from './evaluate';
import { gramsOf, hasPhrase, type PlannedPart, planQuery, type QueryPlan } from './query-plan';
import { LruCache } from './lru';
import { type Ranked, topK } from './rank';
import { chunkPath, shardOf, shardPath } from './router';
import { snippetOf } from './snippet';
import { normalize } from './tokenize';
import { KIND_ORDER, type SearchManifest, type SearchResult, type SegmentInfo, type StoredDoc } from './types';

/** Fetches a file by path relative to the search root (e.g. "manifest.json"); rejects on failure. */
export type Fetcher = (path: string) => Promise<Uint8Array>;

export interface SearchPage {
  /** Matching documents (false positives found while verifying shown results are subtracted). */
  total: number;
  results: SearchResult[];
  /** Normalized required parts, for highlighting. */
  parts: string[];
  /** Thesaurus entries the query names (first page only): their articles are shown first. */
  aliases: SearchAlias[];
}

/**
 * A phrase query (punctuation inside a word) verifies up to this many candidates against their
 * stored text before answering, so its total counts only documents holding the phrase; beyond
 * it, candidates are verified page by page like any query.
 */
export const PHRASE_VERIFY_LIMIT = 2000;

export interface EngineOptions {
  /** Budget for cached shards, in bytes (compressed data plus decoded postings). Default 8 MB. */
  shardCacheBytes?: number;
  /** Cached document chunks. Default 256. */
  chunkCacheSize?: number;
}

export class SearchEngine {
  private manifest?: Promise<SearchManifest>;
  private readonly shards: LruCache<Promise<Shard>>;
  private readonly chunks: LruCache<Promise<StoredDoc[]>>;
  private last?: { query: string; plan: QueryPlan; ranked: Ranked };
  private aliasFile?: { path: string; entries: Promise<SearchAlias[]> };

  constructor(
    private readonly fetcher: Fetcher,
    options: EngineOptions = {},
  ) {
    this.shards = new LruCache(options.shardCacheBytes ?? 8 * 2 ** 20);
    this.chunks = new LruCache(options.chunkCacheSize ?? 256);
  }

  /** The manifest, fetched once. */
  loadManifest(): Promise<SearchManifest> {
    this.manifest ??= this.fetcher('manifest.json').then((bytes) => {
      const parsed = JSON.parse(new TextDecoder().decode(bytes)) as SearchManifest;
      if (parsed.format !== 2) throw new Error(`不支持的索引格式 ${String(parsed.format)}`);
      return parsed;
    });
    this.manifest.catch(() => (this.manifest = undefined));
    return this.manifest;
  }

  private load<T>(cache: LruCache<Promise<T>>, path: string, parse: (bytes: Uint8Array) => T, size: (value: T) => number): Promise<T> {
    const cached = cache.get(path);
    if (cached) return cached;
    const promise = this.fetcher(path).then(gunzip).then(parse);
    cache.set(path, promise, 1);
    promise.then(
      (value) => cache.resize(path, promise, size(value)),
      () => cache.delete(path),
    );
    return promise;
  }

  private shard(segment: SegmentInfo, gram: string): Promise<Shard> {
    const { family, index } = shardOf(gram, segment.shards);
    return this.load(this.shards, segment.path + shardPath(family, index), (b) => new Shard(b), (s) => s.size);
  }

  private chunk(segment: SegmentInfo, doc: number): Promise<StoredDoc[]> {
    const path = segment.path + chunkPath(Math.floor(doc / segment.chunk));
    return this.load(this.chunks, path, (b) => JSON.parse(new TextDecoder().decode(b)) as StoredDoc[], () => 1);
  }

  private async candidates(segment: SegmentInfo, plan: QueryPlan): Promise<Candidates> {
    const grams = gramsOf(plan);
    const shards = new Map(await Promise.all(grams.map(async (g) => [g, await this.shard(segment, g)] as const)));
    return evaluate(plan, segment.docs, (g) => shards.get(g)!.postings(g));
  }

  private async rank(query: string): Promise<{ plan: QueryPlan; ranked: Ranked }> {
    if (this.last?.query === query) return this.last;
    const plan = planQuery(query);
    const manifest = await this.loadManifest();
    const found = plan.required.length ? await Promise.all(manifest.segments.map((s) => this.candidates(s, plan))) : [];
    const n = found.reduce((sum, c) => sum + c.docs.length, 0);
    const ranked: Ranked = {
      segment: new Uint8Array(n),
      doc: new Int32Array(n),
      group: new Uint8Array(n),
      score: new Float64Array(n),
      rejected: new Uint8Array(n),
      rejectedCount: 0,
    };
    let at = 0;
    found.forEach((c, segment) => {
      const kindOf = kindLookup(manifest.segments[segment]!);
      for (let i = 0; i < c.docs.length; i++, at++) {
        ranked.segment[at] = segment;
        ranked.doc[at] = c.docs[i]!;
        ranked.group[at] = (c.inTitle[i] ? 0 : KIND_ORDER.length) + kindOf(c.docs[i]!);
        ranked.score[at] = c.scores[i]!;
      }
    });
    if (hasPhrase(plan) && n <= PHRASE_VERIFY_LIMIT) await this.verifyAll(manifest, plan, ranked);
    this.last = { query, plan, ranked };
    return this.last;
  }

  /** Mark every candidate whose stored text does not hold the plan as rejected. */
  private async verifyAll(manifest: SearchManifest, plan: QueryPlan, ranked: Ranked): Promise<void> {
    const docs = await Promise.all([...ranked.doc.keys()].map((i) => this.storedDoc(manifest.segments[ranked.segment[i]!]!, ranked.doc[i]!)));
    docs.forEach((doc, i) => {
      if (verify(doc, plan)) return;
      ranked.rejected[i] = 1;
      ranked.rejectedCount++;
    });
  }

  /** Every matching document as [segment index in the manifest, doc id], unranked (for checkers). */
  async matchAll(query: string): Promise<[number, number][]> {
    const { ranked } = await this.rank(query);
    return [...ranked.doc.keys()].filter((i) => !ranked.rejected[i]).map((i) => [ranked.segment[i]!, ranked.doc[i]!]);
  }

  /** Forget the last query's ranking (benchmarks time ranking from cached files). */
  forgetLastQuery(): void {
    this.last = undefined;
  }

  /**
   * One page of results. Shown results are checked against their stored text
   * (title + body); a candidate that does not hold every part verbatim is a
   * false positive of the gram intersection: it is dropped and the page refilled.
   */
  async search(query: string, { offset = 0, limit = 10 }: { offset?: number; limit?: number } = {}): Promise<SearchPage> {
    const { plan, ranked } = await this.rank(query);
    const manifest = await this.loadManifest();
    const parts = plan.required.map((p) => p.text);
    const aliases = offset === 0 ? await this.aliasesFor(manifest, query) : [];
    for (;;) {
      const order = topK(ranked, offset + limit).slice(offset);
      const docs = await Promise.all(order.map((i) => this.storedDoc(manifest.segments[ranked.segment[i]!]!, ranked.doc[i]!)));
      const checks = docs.map((doc) => verify(doc, plan));
      if (checks.every((c) => c)) {
        // Within the page, a title equal to the query (punctuation aside) comes first.
        const whole = parts.map(compact).join('');
        const exact = docs.map((doc) => (compact(doc.title) === whole ? 0 : 1));
        const results = [...docs.keys()]
          .sort((a, b) => exact[a]! - exact[b]!)
          .map((k) => toResult(docs[k]!, ranked.score[order[k]!]!, checks[k]!.inTitle, parts));
        return { total: ranked.doc.length - ranked.rejectedCount, results, parts, aliases };
      }
      checks.forEach((c, k) => {
        if (c) return;
        ranked.rejected[order[k]!] = 1;
        ranked.rejectedCount++;
      });
    }
  }

  /** Thesaurus entries the query names; their file is fetched only when a name matches. */
  private async aliasesFor(manifest: SearchManifest, query: string): Promise<SearchAlias[]> {
    const index = manifest.aliases;
    const hits = index ? matchAliasNames(index.names, query) : [];
    if (!index || hits.length === 0) return [];
    if (this.aliasFile?.path !== index.path) {
      const entries = this.fetcher(index.path)
        .then(gunzip)
        .then((b) => JSON.parse(new TextDecoder().decode(b)) as SearchAlias[]);
      entries.catch(() => (this.aliasFile = undefined));
      this.aliasFile = { path: index.path, entries };
    }
    const entries = await this.aliasFile.entries;
    return hits.map((i) => entries[i]!);
  }

  private async storedDoc(segment: SegmentInfo, doc: number): Promise<StoredDoc> {
    const chunk = await this.chunk(segment, doc);
    return chunk[doc % segment.chunk]!;
  }
}

/** Kind order of a doc id from the segment's kind ranges. */
function kindLookup(segment: SegmentInfo): (doc: number) => number {
  const ends: [number, number][] = [];
  let end = 0;
  for (const [kind, count] of segment.kinds) ends.push([(end += count), KIND_ORDER.indexOf(kind)]);
  return (doc) => ends.find(([e]) => doc < e)?.[1] ?? KIND_ORDER.length - 1;
}

/** Exact check of a stored document; null when a required part is missing or a prohibited one present. */
export function verify(doc: StoredDoc, plan: QueryPlan): { inTitle: boolean } | null {
  const title = normalize(doc.title);
  const body = normalize(doc.text);
  const has = (p: PlannedPart): boolean | null => {
    const inTitle = p.field !== 'body' && title.includes(p.text);
    const inBody = p.field !== 'title' && body.includes(p.text);
    if (inTitle || inBody) return true;
    return p.field !== 'title' && doc.truncated ? null : false; // null: may lie beyond the stored text
  };
  if (plan.required.some((p) => has(p) === false)) return null;
  if (plan.prohibited.some((p) => has(p) === true)) return null;
  return { inTitle: plan.required.every((p) => p.field !== 'body' && title.includes(p.text)) };
}

const compact = (title: string): string => normalize(title).replace(/[^\p{L}\p{N}]+/gu, '');

function toResult(doc: StoredDoc, score: number, inTitle: boolean, parts: string[]): SearchResult {
  const result: SearchResult = {
    id: doc.id,
    kind: doc.kind,
    title: doc.displayTitle ?? doc.title,
    url: doc.url,
    score,
    inTitle,
    snippet: snippetOf(doc, parts),
  };
  if (doc.subtitle !== undefined) result.subtitle = doc.subtitle;
  return result;
}
