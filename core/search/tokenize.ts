/**
 * Tokenizer for Chinese full-text search, shared verbatim by the index builder
 * and the query side so that both see exactly the same terms. Browser-safe.
 *
 * Text is NFKC-normalized and lower-cased first (full-width "１２３４８" and
 * "ＡＢＣ" become "12348" and "abc"; full-width punctuation becomes ASCII).
 * It is then cut into runs:
 *  - ideographic runs (Han, plus kana) → overlapping character bigrams
 *    ("民法典" → 民法, 法典); a run of one character yields that unigram;
 *  - runs of other letters/digits (Latin, digits, …) → one lower-cased word;
 *  - everything else (whitespace, punctuation, symbols) separates runs.
 * A script change also ends a run: "第12条" → 第 | 12 | 条.
 *
 * Bigrams make every substring query of ≥ 2 ideographs findable (recall 1.0)
 * without a word dictionary; false positives (bigrams present but not
 * adjacent) are removed afterwards by a substring check in query.ts.
 */

const IDEO = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
/** Group 1: an ideographic run. Group 2: a run of other letters/digits. */
const RUN_RE = new RegExp(`([${IDEO}]+)|((?:(?![${IDEO}])[\\p{L}\\p{N}])+)`, 'gu');
/** Whatever separates query parts: anything that is not a letter or digit. */
const SEPARATOR_RE = /[^\p{L}\p{N}]+/u;

/** The normalization applied to indexed text, queries and verification text. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface Run {
  text: string;
  ideographic: boolean;
}

function runsOf(normalized: string): Run[] {
  const runs: Run[] = [];
  for (const m of normalized.matchAll(RUN_RE)) {
    runs.push({ text: m[0], ideographic: m[1] !== undefined });
  }
  return runs;
}

function pushRunTokens(run: Run, out: string[]): void {
  if (!run.ideographic) {
    out.push(run.text);
    return;
  }
  const chars = Array.from(run.text); // code points: extension-B ideographs are surrogate pairs
  if (chars.length === 1) {
    out.push(chars[0]!);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** Index-side tokenization: bigrams for ideographic runs, words otherwise. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const run of runsOf(normalize(text))) pushRunTokens(run, out);
  return out;
}

/** One lunr clause: all of them are REQUIRED. Wildcards are lunr's `*`. */
export interface QueryTerm {
  term: string;
  /** Match terms that end with `term` (lunr LEADING wildcard). */
  leading: boolean;
  /** Match terms that start with `term` (lunr TRAILING wildcard). */
  trailing: boolean;
}

export interface ParsedQuery {
  /** Normalized query split on whitespace/punctuation; each must occur verbatim. */
  parts: string[];
  /** Deduplicated lunr terms; empty when the query has nothing searchable. */
  terms: QueryTerm[];
}

/**
 * Query-side tokenization. It uses the same runs and bigrams as `tokenize`,
 * but a query is a *substring* of the text it should find, so its first and
 * last run may be cut-off pieces of a longer run in the document:
 *  - an ideographic run of ≥ 2 characters is safe: its bigrams occur in any
 *    run that contains it;
 *  - a one-character ideographic run (e.g. the whole query "法") has no
 *    bigram. Instead of also indexing every ideograph as a unigram (which
 *    makes the index much larger), it becomes a wildcard term on the bigrams:
 *    at the start of a part "*法" (the document run may continue to the left),
 *    at the end "法*", both for a lone character "*法*" (matches 法, 民法,
 *    法典, …). Exact "法" is kept only for a run enclosed by other runs
 *    ("12条34"), which must then be a one-character run in the document too;
 *  - a letter/digit run gets the same treatment, so "2348" finds "12348" and
 *    "civ" finds "civil".
 * Runs are scanned per part, because separators are run boundaries in the
 * document too. Over-matching is removed by the substring check on `parts`.
 */
export function tokenizeQuery(query: string): ParsedQuery {
  const parts = normalize(query).split(SEPARATOR_RE).filter((p) => p.length > 0);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, leading: boolean, trailing: boolean): void => {
    const key = `${leading ? '*' : ''}${term}${trailing ? '*' : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ term, leading, trailing });
  };
  for (const part of parts) {
    const runs = runsOf(part);
    runs.forEach((run, i) => {
      const first = i === 0;
      const last = i === runs.length - 1;
      const isUnit = !run.ideographic || Array.from(run.text).length === 1;
      if (isUnit) {
        add(run.text, first, last);
      } else {
        const bigrams: string[] = [];
        pushRunTokens(run, bigrams);
        for (const b of bigrams) add(b, false, false);
      }
    });
  }
  return { parts, terms };
}
