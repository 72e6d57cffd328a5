/**
 * Tokenizer for Chinese full-text search, shared verbatim by the index builder
 * and the query side so that both see exactly the same terms. Browser-safe.
 *
 * Text is NFKC-normalized and lower-cased ("１２３４８" → "12348", "ＡＢＣ" →
 * "abc", full-width punctuation → ASCII), then cut into runs of letters and
 * digits of any script; everything else separates runs. Every run is indexed
 * as its character n-grams of length 1, 2 and 3 (code points, never crossing a
 * run boundary): "民法典" → 民 法 典 | 民法 法典 | 民法典.
 *
 * A query part (a run of the query) of length L is looked up through grams
 * that lie inside it, so every document containing the part is found (recall
 * 1.0 by construction, no dictionary needed):
 *  - L = 1 or 2 or 3: the part itself is a gram, and the match is exact;
 *  - L > 3: trigrams covering the part (see `coverOf`); a document must hold
 *    all of them, which in practice means it holds the part. Results shown to
 *    the user are also checked against the stored text.
 */

/** The longest indexed gram, in code points. */
export const MAX_GRAM = 3;

/** A run of letters/digits: the unit grams never cross. */
export const RUN_RE = /[\p{L}\p{N}]+/gu;
/** Text needing code-point (not code-unit) handling. */
export const SURROGATE_RE = /[\ud800-\udfff]/;

/** The normalization applied to indexed text, queries and verification text. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of letters/digits of normalized text, each as an array of code points. */
export function runsOf(normalized: string): string[][] {
  const runs: string[][] = [];
  for (const m of normalized.matchAll(RUN_RE)) runs.push(SURROGATE_RE.test(m[0]) ? Array.from(m[0]) : m[0].split(''));
  return runs;
}

/** Number of indexable characters (code points in runs) of normalized text: the BM25 field length. */
export function fieldLength(normalized: string): number {
  let n = 0;
  for (const run of runsOf(normalized)) n += run.length;
  return n;
}

/**
 * Calls `visit(gram, offset)` for every gram of lengths 1..`maxLength` of
 * normalized text, position by position (民法典 → 民, 民法, 民法典, 法, 法典,
 * 典); `offset` is the gram's UTF-16 index in the text. This is the one
 * definition of indexed terms; the builder's hot loop follows it exactly.
 */
export function forEachGram(normalized: string, visit: (gram: string, offset: number) => void, maxLength = MAX_GRAM): void {
  for (const m of normalized.matchAll(RUN_RE)) {
    const run = m[0];
    if (SURROGATE_RE.test(run)) {
      const chars = Array.from(run);
      let offset = m.index;
      for (let i = 0; i < chars.length; i++) {
        let gram = '';
        for (let n = 0; n < maxLength && i + n < chars.length; n++) visit((gram += chars[i + n]!), offset);
        offset += chars[i]!.length;
      }
      continue;
    }
    const length = run.length;
    for (let i = 0; i < length; i++) {
      for (let n = 1; n <= maxLength && i + n <= length; n++) visit(run.slice(i, i + n), m.index + i);
    }
  }
}

/** Term frequencies of the grams of normalized text (all lengths 1..3). */
export function gramCounts(normalized: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachGram(normalized, (g) => counts.set(g, (counts.get(g) ?? 0) + 1));
  return counts;
}

/** Every distinct gram of lengths 1..3 in `text` (handy for tests and tools). */
export function tokenize(text: string): string[] {
  return [...gramCounts(normalize(text)).keys()];
}

/** A gram of a query part and its UTF-16 offset in the part. */
export interface CoverGram {
  gram: string;
  offset: number;
}

/**
 * The grams a query part is looked up by. Parts of 1–3 characters are their
 * own gram, an exact match. Longer parts use every trigram they contain
 * (民法典第十条 → 民法典@0, 法典第@1, 典第十@2, 第十条@3); the index keeps, per
 * document, the positions of each trigram modulo 16, so the query side also
 * checks that the trigrams sit at the right distances (see evaluate.ts).
 */
export function coverOf(part: string): CoverGram[] {
  const chars = SURROGATE_RE.test(part) ? Array.from(part) : part.split('');
  if (chars.length <= MAX_GRAM) return chars.length ? [{ gram: part, offset: 0 }] : [];
  const offsets: number[] = [0];
  for (let i = 1; i < chars.length; i++) offsets.push(offsets[i - 1]! + chars[i - 1]!.length);
  const grams: CoverGram[] = [];
  for (let i = 0; i + MAX_GRAM <= chars.length; i++) grams.push({ gram: chars.slice(i, i + MAX_GRAM).join(''), offset: offsets[i]! });
  return grams;
}

/**
 * The parts one query word (a clause, no whitespace) is searched by. A word that is one run is
 * that run. A word with punctuation between runs (合法、正当、必要 pasted from a text) is ONE
 * phrase part: the normalized text from its first run to its last, punctuation included, which a
 * document must hold verbatim, as pasted; its grams are every run's grams, at their offsets in
 * the phrase, so trigram positions line up across the punctuation too. Punctuation before the
 * first run or after the last (“彩礼”) is dropped.
 */
export function phraseParts(word: string): { text: string; grams: CoverGram[] }[] {
  const normalized = normalize(word);
  const runs = [...normalized.matchAll(RUN_RE)];
  if (runs.length === 0) return [];
  const start = runs[0]!.index;
  const last = runs.at(-1)!;
  const text = normalized.slice(start, last.index + last[0].length);
  const grams = runs.flatMap((r) => coverOf(r[0]).map((g) => ({ gram: g.gram, offset: g.offset + r.index - start })));
  return [{ text, grams }];
}

/** A query string's parts: its runs after normalization, in order, deduplicated. */
export function queryParts(query: string): string[] {
  return [...new Set(runsOf(normalize(query)).map((r) => r.join('')))];
}

/**
 * True when normalized `haystack` contains every part. The definition of a
 * match shared by result verification and the benchmark's truth: parts are
 * runs, so they never span a separator in the text either.
 */
export function containsAll(haystack: string, parts: readonly string[]): boolean {
  return parts.every((p) => haystack.includes(p));
}
