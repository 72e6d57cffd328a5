/**
 * The benchmark's answer key and checker. A document answers a query when it holds every
 * required part of the query verbatim (after normalization) in the part's field, and no
 * prohibited part: plain substring matching over the source text, independent of the index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { orderDocs } from '../core/search/build-segment';
import { planQuery, type PlannedPart } from '../core/search/query-plan';
import { normalize } from '../core/search/tokenize';
import type { SearchDoc } from '../core/search/types';

/** The fixed query set (bench/search-queries.json, made by bench/search-make-queries.ts). */
export const loadQueries = (): string[] =>
  (JSON.parse(readFileSync(path.resolve('bench/search-queries.json'), 'utf8')) as { queries: { q: string }[] }).queries.map((x) => x.q);

/** xorshift32 with a fixed seed: the same seed always gives the same sequence in [0, n). */
export function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

/** The indexed documents of every segment, in index order, normalized once. */
export interface Universe {
  segments: { name: string; docs: SearchDoc[]; title: string[]; body: string[] }[];
}

/** Documents per source in the order the index numbers them (see orderDocs). */
export function universeOf(sources: { name: string; docs: SearchDoc[] }[]): Universe {
  return {
    segments: sources
      .filter((s) => s.docs.length > 0)
      .map(({ name, docs }) => {
        const ordered = orderDocs(docs);
        return { name, docs: ordered, title: ordered.map((d) => normalize(d.title)), body: ordered.map((d) => normalize(d.text)) };
      }),
  };
}

const holds = (title: string, body: string, p: PlannedPart): boolean =>
  (p.field !== 'body' && title.includes(p.text)) || (p.field !== 'title' && body.includes(p.text));

/** Keys `segment:doc` of every document answering `query`. */
export function truthOf(universe: Universe, query: string): Set<string> {
  const plan = planQuery(query);
  const out = new Set<string>();
  if (plan.required.length === 0) return out;
  universe.segments.forEach((s, si) => {
    for (let i = 0; i < s.docs.length; i++) {
      const [t, b] = [s.title[i]!, s.body[i]!];
      if (plan.required.every((p) => holds(t, b, p)) && !plan.prohibited.some((p) => holds(t, b, p))) out.add(`${si}:${i}`);
    }
  });
  return out;
}

export interface Score {
  recall: number;
  precision: number;
  truth: number;
  found: number;
}

/** Recall and precision of `found` against `truth` (both 1 when both are empty). */
export function compare(found: Set<string>, truth: Set<string>): Score {
  let hits = 0;
  for (const key of found) if (truth.has(key)) hits++;
  return {
    recall: truth.size ? hits / truth.size : 1,
    precision: found.size ? hits / found.size : 1,
    truth: truth.size,
    found: found.size,
  };
}

/** Page path of a result URL: /laws/x/#art-3 → /laws/x/ (page-level comparison with Pagefind). */
export const pageOf = (url: string): string => {
  const path = decodeURIComponent(url.split('#')[0]!.replace(/^https?:\/\/[^/]+/, '').replace(/index\.html$/, ''));
  return path.endsWith('/') ? path : `${path}/`;
};

/** Pages compared with Pagefind: one law or one lesson (list pages hold the same text again). */
export const comparablePage = (page: string): boolean => /^\/(laws|lessons)\/[^/]+\/$/.test(page);

/** Comparable page paths of a set of `segment:doc` keys. */
export function pagesOf(universe: Universe, keys: Iterable<string>): Set<string> {
  const pages = new Set<string>();
  for (const key of keys) {
    const [s, d] = key.split(':').map(Number);
    const page = pageOf(universe.segments[s!]!.docs[d!]!.url);
    if (comparablePage(page)) pages.add(page);
  }
  return pages;
}
