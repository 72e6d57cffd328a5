/**
 * The search thesaurus on the query side (browser-safe): everyday terms (离婚冷静期, 高空抛物) and
 * the articles they mean, exported by the site build. The manifest carries only each entry's
 * names (a few KB); the entries themselves are one content-addressed file, fetched only when a
 * query names a term. A query naming a term shows its articles before the ordinary results.
 */
import { normalize } from './tokenize';

/** One article an everyday term points to, as the site links it. */
export interface AliasTarget {
  /** 《民法典》第一千零七十七条 */
  label: string;
  url: string;
  /** The start of the article's text. */
  excerpt: string;
}

/** One thesaurus entry as the search data carries it. */
export interface SearchAlias {
  term: string;
  /** Other names for the same thing; a query naming one of them matches too. */
  variants: string[];
  targets: AliasTarget[];
  related: string[];
}

/** `manifest.aliases`: every entry's names (term first, then variants), and the entries' file. */
export interface AliasIndex {
  names: string[][];
  /** gzip JSON `SearchAlias[]`, relative to the search root, in the order of `names`. */
  path: string;
}

/** The names of an entry, term first. */
export const namesOf = (alias: SearchAlias): string[] => [alias.term, ...alias.variants];

/** The comparison key of a term or a query: normalized, letters and digits only. */
export const aliasKey = (text: string): string => normalize(text).replace(/[^\p{L}\p{N}+]+/gu, '');

const ASCII_WORD = /^[a-z0-9+]+$/;

/** Index of `key` in `query` where it stands alone if it is a Latin/digit word (996 is not in 1996). */
function findKey(query: string, key: string): number {
  if (!ASCII_WORD.test(key)) return query.indexOf(key);
  for (let at = query.indexOf(key); at >= 0; at = query.indexOf(key, at + 1)) {
    const before = query[at - 1] ?? '';
    const after = query[at + key.length] ?? '';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
  }
  return -1;
}

/**
 * Indexes of the entries (given by their names) a query names, best first, at most `max`. An
 * entry matches when the query (letters and digits only) contains its term or one of its
 * variants of two or more characters: 天价彩礼 names 彩礼. A query equal to a name ranks first,
 * then longer names (the more specific term).
 */
export function matchAliasNames(names: readonly (readonly string[])[], query: string, max = 3): number[] {
  const q = aliasKey(query);
  if (!q) return [];
  const scored: { exact: boolean; length: number; order: number }[] = [];
  names.forEach((own, order) => {
    let best: { exact: boolean; length: number } | undefined;
    for (const name of own) {
      const key = aliasKey(name);
      if (Array.from(key).length < 2 || findKey(q, key) < 0) continue;
      const candidate = { exact: key === q, length: key.length };
      if (!best || (candidate.exact && !best.exact) || (candidate.exact === best.exact && candidate.length > best.length)) best = candidate;
    }
    if (best) scored.push({ ...best, order });
  });
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || b.length - a.length || a.order - b.order);
  return scored.slice(0, max).map((s) => s.order);
}

/** The entries a query names, best first, at most `max` (see matchAliasNames). */
export const matchAliases = (aliases: readonly SearchAlias[], query: string, max = 3): SearchAlias[] =>
  matchAliasNames(aliases.map(namesOf), query, max).map((i) => aliases[i]!);
