/**
 * Plain data shapes shared by the index builder (Node, site build time) and
 * the query side (browser). No runtime code and no framework types here.
 */

export type SearchKind = 'lesson' | 'law' | 'article';

/** One searchable document as handed to `buildSearchIndex`. */
export interface SearchDoc {
  /** Unique, stable id; also the lunr document ref. */
  id: string;
  kind: SearchKind;
  title: string;
  /** Plain text (no markup) of the body. */
  text: string;
  url: string;
  /** Display-only context line, e.g. the law an article belongs to. Not indexed. */
  subtitle?: string;
}

/** What the browser needs to verify, rank and display one hit. */
export interface StoredDoc {
  /** The original `SearchDoc.id`. */
  id: string;
  title: string;
  url: string;
  kind: SearchKind;
  subtitle?: string;
  /** Body text with whitespace runs collapsed, capped at `maxStoredText` chars. */
  text: string;
  /** Present (true) when `text` was cut; hits beyond the cap cannot be verified. */
  truncated?: true;
}

/**
 * Keyed by the compact lunr ref (the document's base-36 position in id order),
 * not by `SearchDoc.id`: refs are repeated in every posting and field vector
 * of the serialized index, so short refs keep it much smaller.
 */
export type SearchStore = Record<string, StoredDoc>;

export interface SearchResult {
  id: string;
  title: string;
  url: string;
  kind: SearchKind;
  subtitle?: string;
  /** lunr relevance score (higher is better); ranking tiers come first, see query.ts. */
  score: number;
  /**
   * Text around the first occurrence of the query in the body. `before` starts
   * with "…" and `after` ends with "…" when the body text continues.
   * Null when the query only occurs in the title (or could not be located).
   */
  snippet: { before: string; match: string; after: string } | null;
}
