/**
 * Plain data shapes shared by the index builder (Node, site build time) and
 * the query side (browser). No runtime code and no framework types here,
 * except the kind order used for ranking.
 */
import type { AliasIndex } from './aliases';

/** Document kinds, in ranking order within a tier: a whole law is the better landing page. */
export const KIND_ORDER = ['law', 'lesson', 'campaign', 'media', 'article'] as const;
export type SearchKind = (typeof KIND_ORDER)[number];

/** One searchable document, as a source hands it to the index builder. */
export interface SearchDoc {
  /** Unique, stable id within its source. */
  id: string;
  kind: SearchKind;
  /** Indexed title (title field). For an article: law title + 第N条, so 民法典第十条 is found. */
  title: string;
  /** Plain text (no markup) of the body (body field). */
  text: string;
  url: string;
  /** Title shown instead of `title`, e.g. 第十条 for an article. Not indexed. */
  displayTitle?: string;
  /** Display-only context line, e.g. the law an article belongs to. Not indexed. */
  subtitle?: string;
}

/** What the browser needs to verify and display one hit (stored in document chunks). */
export interface StoredDoc {
  id: string;
  kind: SearchKind;
  title: string;
  url: string;
  displayTitle?: string;
  subtitle?: string;
  /** Body text with whitespace runs collapsed, capped at the source's `maxStoredText`. */
  text: string;
  /** Present (true) when `text` was cut; matches beyond the cap cannot be shown or checked. */
  truncated?: true;
}

/** One index segment: the output of one source, built and cached on its own. */
export interface SegmentInfo {
  /** Source name, e.g. "laws" or "lessons". */
  name: string;
  /** Folder of the segment's files relative to the search root; its name holds a content hash. */
  path: string;
  /** Number of documents; doc ids are 0..docs-1. */
  docs: number;
  /** Consecutive doc id ranges by kind, in id order: [kind, count]. */
  kinds: [SearchKind, number][];
  /** Shard count per gram length 1, 2, 3. */
  shards: number[];
  /** Documents per stored chunk: chunk = floor(docId / chunk). */
  chunk: number;
}

/** `/search/manifest.json`: the only file that is not content-addressed. */
export interface SearchManifest {
  format: 2;
  segments: SegmentInfo[];
  /** The search thesaurus (检索同义词): names here, entries in their own file. */
  aliases?: AliasIndex;
}

export interface SearchResult {
  id: string;
  kind: SearchKind;
  title: string;
  url: string;
  subtitle?: string;
  /** BM25 relevance (higher is better); tiers and kinds come first, see ranking in engine.ts. */
  score: number;
  /** True when every query part occurs in the title. */
  inTitle: boolean;
  /**
   * Text around the first occurrence of a query part in the body. `before`
   * starts with "…" and `after` ends with "…" when the body text continues.
   * Null when the query only occurs in the title (or could not be located).
   */
  snippet: { before: string; match: string; after: string } | null;
}
