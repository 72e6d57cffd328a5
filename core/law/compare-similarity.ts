/**
 * Cheap text similarity for matching articles across law versions: the set of character bigrams of
 * the text (whitespace and punctuation dropped), compared by the Dice coefficient on sorted arrays.
 */

/** A text reduced to what similarity needs: its sorted unique bigram codes and its length. */
export interface TextShingles {
  /** Sorted, unique bigram codes (two UTF-16 units packed into one number). */
  grams: Float64Array;
  /** Length of the normalized text. */
  length: number;
}

// Punctuation and spacing do not make two articles different laws; wording does.
const NOISE = /[\s\p{P}\p{S}]/gu;

/** Text with whitespace and punctuation removed: what "the same wording" compares. */
export function normalizeArticleText(text: string): string {
  return text.replace(NOISE, '');
}

/** Bigram set of a text (a one-character text is its own single gram). */
export function shingles(text: string): TextShingles {
  const s = normalizeArticleText(text);
  const codes: number[] = [];
  if (s.length === 1) codes.push(s.charCodeAt(0));
  for (let i = 0; i + 1 < s.length; i++) codes.push(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
  codes.sort((a, b) => a - b);
  const unique: number[] = [];
  for (const c of codes) if (unique.at(-1) !== c) unique.push(c);
  return { grams: Float64Array.from(unique), length: s.length };
}

/** How alike two bigram sets are, 0..1. */
export interface Likeness {
  /** Dice coefficient: shared bigrams over the bigrams of both. */
  dice: number;
  /** Shared bigrams over those of the smaller text: 1 when one text holds the other. */
  overlap: number;
}

const NONE: Likeness = { dice: 0, overlap: 0 };

/**
 * Dice coefficient and overlap of two bigram sets. Returns zeros at once when neither can reach
 * `atLeast` (sizes bound Dice by 2·min/(min+max); overlap needs `minOverlapGrams` in the smaller),
 * so most pairs of a large law cost one comparison.
 */
export function likeness(a: TextShingles, b: TextShingles, atLeast = 0, minOverlapGrams = Infinity): Likeness {
  const na = a.grams.length;
  const nb = b.grams.length;
  if (na === 0 && nb === 0) return { dice: 1, overlap: 1 };
  const small = Math.min(na, nb);
  if ((2 * small) / (na + nb) < atLeast && small < minOverlapGrams) return NONE;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < na && j < nb) {
    const x = a.grams[i]!;
    const y = b.grams[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { dice: (2 * common) / (na + nb), overlap: small ? common / small : 0 };
}

/** Dice coefficient of two bigram sets, 0..1. */
export function similarity(a: TextShingles, b: TextShingles): number {
  return likeness(a, b).dice;
}
