/**
 * Query side of search (browser-safe): candidate lookup on our own query
 * terms, then exact substring verification, ranking and snippets.
 */
import lunr from 'lunr';
import { snippetOf } from './snippet';
import { normalize, tokenizeQuery } from './tokenize';
import type { QueryTerm } from './tokenize';
import type { SearchResult, SearchStore, StoredDoc } from './types';

export const DEFAULT_LIMIT = 20;

export interface SearchInput {
  index: lunr.Index;
  store: SearchStore;
  query: string;
  limit?: number;
}

/** Revive the `index` produced by `buildSearchIndex` (after JSON round-trip). */
export function loadSearchIndex(serialized: object): lunr.Index {
  return lunr.Index.load(serialized);
}

/** lunr 2.3.9 index internals read below (absent from @types/lunr; the version is pinned). */
interface IndexInternals {
  /** term → { _index: term number, [field]: { [ref]: metadata } } */
  invertedIndex: Record<string, Record<string, unknown> & { _index: number }>;
  /** "field/ref" → vector of flat [termNumber, weight, …] pairs (weights include field boosts) */
  fieldVectors: Record<string, { elements: number[] } | undefined>;
  fields: string[];
}

const termLists = new WeakMap<lunr.Index, string[]>();

/**
 * Expand a wildcard term against the index vocabulary and return the matching
 * refs (restricted to `within` if given) with a score: the sum of the indexed
 * weights of the expanded terms in the document.
 *
 * Why not lunr's own wildcard support: a leading wildcard ("*法") walks the
 * whole token set (~30 ms for 2k law articles), and a term expanding to
 * hundreds of bigrams makes lunr build match data and score every one of them
 * (~200 ms for "法"). A linear filter over the term list plus direct use of
 * the postings takes a few milliseconds.
 */
function wildcardMatches(index: lunr.Index, t: QueryTerm, within: Map<string, number> | null): Map<string, number> {
  const internals = index as unknown as IndexInternals;
  let vocabulary = termLists.get(index);
  if (!vocabulary) termLists.set(index, (vocabulary = Object.keys(internals.invertedIndex)));
  const matches = (x: string): boolean =>
    t.leading && t.trailing ? x.includes(t.term) : t.leading ? x.endsWith(t.term) : x.startsWith(t.term);

  const termNumbers = new Set<number>();
  const refs = new Set<string>();
  for (const term of vocabulary) {
    if (!matches(term)) continue;
    const posting = internals.invertedIndex[term]!;
    termNumbers.add(posting._index);
    for (const field of internals.fields) {
      for (const ref of Object.keys(posting[field] as object)) if (!within || within.has(ref)) refs.add(ref);
    }
  }
  const out = new Map<string, number>();
  for (const ref of refs) {
    let score = 0;
    for (const field of internals.fields) {
      const elements = internals.fieldVectors[`${field}/${ref}`]?.elements ?? [];
      for (let i = 0; i < elements.length; i += 2) if (termNumbers.has(elements[i]!)) score += elements[i + 1]!;
    }
    out.set(ref, score);
  }
  return out;
}

/**
 * Candidate refs with scores. Exact terms (bigrams, whole words) go to lunr,
 * all REQUIRED, pipeline off; the lunr score is used. Wildcard terms (see
 * `tokenizeQuery`) each restrict the candidates; when the query has only
 * wildcard terms, their summed weights are the score.
 */
function candidates(index: lunr.Index, terms: QueryTerm[]): Map<string, number> {
  const exact = terms.filter((t) => !t.leading && !t.trailing);
  let scores: Map<string, number> | null = null;
  if (exact.length > 0) {
    const hits = index.query((q) => {
      for (const t of exact) q.term(t.term, { presence: lunr.Query.presence.REQUIRED, usePipeline: false });
    });
    scores = new Map(hits.map((h) => [h.ref, h.score]));
  }
  for (const t of terms) {
    if (!t.leading && !t.trailing) continue;
    const found = wildcardMatches(index, t, scores);
    if (scores === null) {
      scores = found;
      continue;
    }
    for (const [ref, score] of scores) {
      const extra = found.get(ref);
      if (extra === undefined) scores.delete(ref);
      else if (exact.length === 0) scores.set(ref, score + extra);
    }
  }
  return scores ?? new Map();
}

interface Normalized {
  title: string;
  titleCompact: string;
  text: string;
}

const normalizedDocs = new WeakMap<StoredDoc, Normalized>();

function normalizedOf(doc: StoredDoc): Normalized {
  let n = normalizedDocs.get(doc);
  if (!n) {
    const title = normalize(doc.title);
    n = { title, titleCompact: title.replace(/[^\p{L}\p{N}]+/gu, ''), text: normalize(doc.text) };
    normalizedDocs.set(doc, n);
  }
  return n;
}

const KIND_RANK: Record<StoredDoc['kind'], number> = { law: 0, lesson: 1, article: 2 };

interface Ranked {
  doc: StoredDoc;
  score: number;
  /** 0 title equals query, 1 title contains every part, 2 verified elsewhere, 3 unverified. */
  tier: number;
}

/**
 * Search. Each candidate must then contain every query part as a substring of
 * its title or stored text: this drops bigram false positives (民法 … 法典 is
 * not 民法典). Candidates whose stored text was truncated and fail the check
 * are kept in the last tier, since the match may lie beyond the stored text.
 * Order: title equals the query (ignoring punctuation), title contains the
 * query, body match, unverified; within a tier a whole law, then a lesson, then
 * an article (a law is the better landing page than one of its 1,260 articles);
 * then score; then id.
 */
export function searchIndex(input: SearchInput): SearchResult[] {
  const { index, store, query } = input;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const { parts, terms } = tokenizeQuery(query);
  if (terms.length === 0 || limit <= 0) return [];

  const compactQuery = parts.join('');
  const ranked: Ranked[] = [];
  for (const [ref, score] of candidates(index, terms)) {
    const doc = store[ref];
    if (!doc) continue;
    const n = normalizedOf(doc);
    let inTitle = true;
    let verified = true;
    for (const part of parts) {
      const hit = n.title.includes(part);
      if (!hit) inTitle = false;
      if (!hit && !n.text.includes(part)) verified = false;
    }
    if (!verified && !doc.truncated) continue;
    const tier = !verified ? 3 : n.titleCompact === compactQuery ? 0 : inTitle ? 1 : 2;
    ranked.push({ doc, score, tier });
  }

  ranked.sort((a, b) => a.tier - b.tier || KIND_RANK[a.doc.kind] - KIND_RANK[b.doc.kind] || b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));

  return ranked.slice(0, limit).map(({ doc, score }) => {
    const result: SearchResult = { id: doc.id, title: doc.title, url: doc.url, kind: doc.kind, score, snippet: null };
    if (doc.subtitle !== undefined) result.subtitle = doc.subtitle;
    result.snippet = snippetOf(doc, parts);
    return result;
  });
}
