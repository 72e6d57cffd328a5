/** Snippets for search results (browser-safe). */
import { normalize } from './tokenize';
import type { SearchResult, StoredDoc } from './types';

/** Approximate snippet length in characters, match included. */
export const SNIPPET_CHARS = 40;

/**
 * Find `part` (already normalized) in `text`, returning original offsets.
 * Fast path when normalization kept the length (the usual case for Chinese);
 * otherwise normalize piece by piece (a base character plus its combining
 * marks) to keep a map from normalized back to original offsets.
 */
export function locate(text: string, part: string): [number, number] | null {
  const whole = normalize(text);
  if (whole.length === text.length) {
    const at = whole.indexOf(part);
    return at < 0 ? null : [at, at + part.length];
  }
  let norm = '';
  const origin: number[] = [];
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const piece = normalize(m[0]);
    for (let k = 0; k < piece.length; k++) origin.push(m.index);
    norm += piece;
  }
  origin.push(text.length);
  const at = norm.indexOf(part);
  if (at < 0) return null;
  let end = at + part.length;
  while (end < norm.length && origin[end] === origin[end - 1]) end++;
  return [origin[at]!, origin[end]!];
}

/** Move a cut position off the low half of a surrogate pair. */
function safe(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  return code >= 0xdc00 && code <= 0xdfff ? pos - 1 : pos;
}

/**
 * About SNIPPET_CHARS characters of body text around the first occurrence of
 * the first query part found in it (one third before, the rest after).
 */
export function snippetOf(doc: StoredDoc, parts: readonly string[]): SearchResult['snippet'] {
  for (const part of parts) {
    const span = locate(doc.text, part);
    if (!span) continue;
    const [start, end] = span;
    const room = Math.max(0, SNIPPET_CHARS - (end - start));
    const from = safe(doc.text, Math.max(0, start - Math.floor(room / 3)));
    const to = safe(doc.text, Math.min(doc.text.length, end + room - (start - from)));
    const more = to < doc.text.length || doc.truncated === true;
    return {
      before: (from > 0 ? '…' : '') + doc.text.slice(from, start),
      match: doc.text.slice(start, end),
      after: doc.text.slice(end, to) + (more ? '…' : ''),
    };
  }
  return null;
}
