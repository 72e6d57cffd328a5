/**
 * Candidate evaluation inside one segment (browser-safe): intersect the
 * postings of each part's grams, check that a part's trigrams sit at the
 * right distances (position masks), drop prohibited parts, and score with
 * lunr's BM25 model. Typed arrays only; no per-document objects.
 */
import { MASK_MOD, type Postings } from './codec';
import type { PartField, PlannedPart, QueryPlan } from './query-plan';

/** lunr's field boost for titles in this index (as `this.field('title', { boost: 10 })`). */
export const TITLE_BOOST = 10;

/** Candidates of one segment, aligned arrays sorted by doc id. */
export interface Candidates {
  docs: Int32Array;
  scores: Float64Array;
  /** 1 when every required part's grams are all in the title field. */
  inTitle: Uint8Array;
}

/** `lunr.idf`: log(1 + |(N − df + 0.5) / (df + 0.5)|). */
export function idf(df: number, documentCount: number): number {
  return Math.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5)));
}

export type Lookup = (gram: string) => Postings | null;

/** Index in `docs` (ascending) of the first entry ≥ target, from `from`, galloping. */
function seek(docs: Int32Array, target: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < docs.length && docs[hi]! < target) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, docs.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (docs[mid]! < target) from = mid + 1;
    else hi = mid;
  }
  return from;
}

const fieldOk = (value: number, field: PartField): boolean =>
  field === 'any' || (field === 'title' ? value >> 4 !== 0 : (value & 15) !== 0);

/** Rotate a 16-bit position mask right: bit (p + shift) mod 16 → bit p. */
const rotate = (mask: number, shift: number): number =>
  ((mask >> (shift & MASK_MOD)) | (mask << (MASK_MOD + 1 - (shift & MASK_MOD)))) & 0xffff;

interface List {
  postings: Postings;
  field: PartField;
  part: number;
  offset: number;
  weight: number;
}

function listsOf(parts: PlannedPart[], documentCount: number, lookup: Lookup): List[] | null {
  const lists: List[] = [];
  for (const [part, p] of parts.entries()) {
    for (const { gram, offset } of p.grams) {
      const postings = lookup(gram);
      if (!postings) return null;
      lists.push({ postings, field: p.field, part, offset, weight: idf(postings.docs.length, documentCount) });
    }
  }
  return lists.sort((a, b) => a.postings.docs.length - b.postings.docs.length);
}

/**
 * Documents of the segment holding every part of `parts` (each part's grams in
 * its field, at consistent positions), with BM25 scores. `lookup(gram)` gives
 * a gram's postings, null when absent.
 */
function intersect(parts: PlannedPart[], documentCount: number, lookup: Lookup): Candidates | null {
  const lists = parts.length ? listsOf(parts, documentCount, lookup) : null;
  if (!lists) return null;
  const [seed, ...rest] = lists;
  const docs: number[] = [];
  const scores: number[] = [];
  const inTitle: number[] = [];
  const cursors = new Int32Array(rest.length);
  const align = new Uint16Array(parts.length);
  outer: for (let i = 0; i < seed!.postings.docs.length; i++) {
    const doc = seed!.postings.docs[i]!;
    align.fill(0xffff);
    let score = 0;
    let title = true;
    for (let k = -1; k < rest.length; k++) {
      const list = k < 0 ? seed! : rest[k]!;
      let at = i;
      if (k >= 0) {
        at = cursors[k] = seek(list.postings.docs, doc, cursors[k]!);
        if (at >= list.postings.docs.length) break outer;
        if (list.postings.docs[at] !== doc) continue outer;
      }
      const value = list.postings.values[at]!;
      if (!fieldOk(value, list.field)) continue outer;
      const mask = list.postings.masks?.[at];
      if (mask !== undefined && !(align[list.part]! &= rotate(mask, list.offset))) continue outer;
      score += list.weight * (TITLE_BOOST * (value >> 4) + (value & 15));
      title &&= value >> 4 !== 0;
    }
    docs.push(doc);
    scores.push(score);
    inTitle.push(title ? 1 : 0);
  }
  return { docs: Int32Array.from(docs), scores: Float64Array.from(scores), inTitle: Uint8Array.from(inTitle) };
}

const EMPTY: Candidates = { docs: new Int32Array(0), scores: new Float64Array(0), inTitle: new Uint8Array(0) };

/** Evaluate a plan on one segment: required parts intersected, prohibited parts removed. */
export function evaluate(plan: QueryPlan, documentCount: number, lookup: Lookup): Candidates {
  const found = intersect(plan.required, documentCount, lookup);
  if (!found) return EMPTY;
  const drop = new Set<number>();
  for (const part of plan.prohibited) {
    const excluded = intersect([part], documentCount, lookup);
    if (excluded) for (const doc of excluded.docs) drop.add(doc);
  }
  if (drop.size === 0) return found;
  const keep = [...found.docs.keys()].filter((i) => !drop.has(found.docs[i]!));
  return {
    docs: Int32Array.from(keep, (i) => found.docs[i]!),
    scores: Float64Array.from(keep, (i) => found.scores[i]!),
    inTitle: Uint8Array.from(keep, (i) => found.inTitle[i]!),
  };
}
