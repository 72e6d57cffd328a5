/**
 * Build-time side of search: turns documents into a serialized lunr index plus
 * a display/verification store. Runs in Node during the site build; the output
 * is written as JSON and loaded in the browser by query.ts.
 */
import lunr from 'lunr';
import { tokenize } from './tokenize';
import type { SearchDoc, SearchStore, StoredDoc } from './types';

/**
 * Default cap on stored body text. The store is what the browser downloads for
 * snippets and for the substring check that removes bigram false positives;
 * 2,000 characters covers nearly every law article whole while bounding long
 * lessons. Hits that lunr finds beyond the cap cannot be verified and are kept
 * but ranked last (see query.ts). Pass `Infinity` to store texts whole.
 */
export const DEFAULT_MAX_STORED_TEXT = 2000;

export interface BuildOptions {
  maxStoredText?: number;
}

export interface BuiltSearchIndex {
  /** `lunr.Index#toJSON()` output; load with `loadSearchIndex`. */
  index: object;
  store: SearchStore;
}

/**
 * lunr's Builder calls `this.tokenizer(fieldValue, metadata)` and expects
 * `lunr.Token` objects. No metadata is whitelisted, so none is attached.
 */
const lunrTokenizer: typeof lunr.tokenizer = Object.assign(
  (obj?: null | string | object | object[]): lunr.Token[] =>
    obj == null ? [] : tokenize(String(obj)).map((t) => new lunr.Token(t, {})),
  { separator: lunr.tokenizer.separator },
);

/** Cut at `max` UTF-16 units without splitting a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function toStored(doc: SearchDoc, maxStoredText: number): StoredDoc {
  const full = doc.text.replace(/\s+/g, ' ').trim();
  const text = cap(full, maxStoredText);
  const stored: StoredDoc = { id: doc.id, title: doc.title, url: doc.url, kind: doc.kind, text };
  if (doc.subtitle !== undefined) stored.subtitle = doc.subtitle;
  if (text.length < full.length) stored.truncated = true;
  return stored;
}

/**
 * Deterministic: documents are sorted by id before indexing, so the same set
 * of documents (in any order) gives byte-identical `JSON.stringify` output.
 * lunr refs are the base-36 positions in that order (see `SearchStore`).
 * Throws on duplicate ids.
 */
export function buildSearchIndex(docs: readonly SearchDoc[], options: BuildOptions = {}): BuiltSearchIndex {
  const maxStoredText = options.maxStoredText ?? DEFAULT_MAX_STORED_TEXT;
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`search: duplicate document id "${sorted[i]!.id}"`);
  }

  const idx = lunr(function () {
    // Drop trimmer/stop-word filter/stemmer: they are English-only and the
    // trimmer deletes every CJK token. Our tokenizer does all the work.
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.tokenizer = lunrTokenizer;
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('text');
    sorted.forEach((doc, i) => this.add({ id: i.toString(36), title: doc.title, text: doc.text }));
  });

  const store: SearchStore = {};
  sorted.forEach((doc, i) => (store[i.toString(36)] = toStored(doc, maxStoredText)));
  return { index: idx.toJSON(), store };
}
