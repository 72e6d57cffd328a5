/**
 * Article-by-article comparison of two versions of one law: each article unchanged, modified,
 * added, deleted or renumbered (matched by text similarity when the number moved), and a
 * character diff of two article texts.
 */
import { diffChars } from 'diff';
import { likeness, normalizeArticleText, shingles, similarity, type TextShingles } from './compare-similarity';
import type { ParsedArticle } from './types';

export type ArticleChangeKind = 'unchanged' | 'modified' | 'added' | 'deleted' | 'renumbered';

/** The part of an article a comparison reads. */
export interface ComparableArticle {
  number: number;
  subNumber?: number | null;
  numberText: string;
  text: string;
  chapterPath?: string | null;
}

/** What became of one article between two versions. */
export interface ArticleChange {
  kind: ArticleChangeKind;
  /** The article in the older version; absent for 'added'. */
  from?: ComparableArticle;
  /** The article in the newer version; absent for 'deleted'. */
  to?: ComparableArticle;
  /** True for 'modified'; for 'renumbered', whether the text changed too. */
  textChanged: boolean;
  /** Bigram similarity of the two texts, 0..1 (0 for 'added' and 'deleted'). */
  similarity: number;
}

/** One piece of a character diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Pairs whose number moved must share at least this much wording to count as one article. */
const RENUMBERED_MIN = 0.5;
/** An article that kept its number may be rewritten more before it counts as a different one. */
const SAME_NUMBER_MIN = 0.3;
/** Preference for keeping the number when two candidates are about as similar. */
const SAME_NUMBER_BONUS = 0.1;
/** Preference for the candidate at the same relative place in the law (boilerplate repeats). */
const PLACE_WEIGHT = 0.05;
/**
 * An article split in two or cut down keeps most of its bigrams inside the other text: such
 * containment counts at this weight, for texts of at least MIN_OVERLAP_GRAMS bigrams.
 */
const OVERLAP_WEIGHT = 0.8;
const MIN_OVERLAP_GRAMS = 8;

/** "17" or "17-1" (第十七条之一): one article's identity within a version. */
export function comparableKey(a: Pick<ComparableArticle, 'number' | 'subNumber'>): string {
  return a.subNumber ? `${a.number}-${a.subNumber}` : String(a.number);
}

/** A parsed corpus article as the comparison reads it (paragraphs joined by line breaks). */
export function toComparable(a: ParsedArticle): ComparableArticle {
  return {
    number: a.number,
    subNumber: a.subNumber ?? null,
    numberText: a.numberText,
    text: a.paragraphs.join('\n'),
    chapterPath: a.chapterPath.join(' / ') || null,
  };
}

/** Links between the two article lists, built up step by step. */
class Pairing {
  readonly toOf: Int32Array;
  readonly fromOf: Int32Array;
  readonly score: Float64Array;
  constructor(nFrom: number, nTo: number) {
    this.toOf = new Int32Array(nFrom).fill(-1);
    this.fromOf = new Int32Array(nTo).fill(-1);
    this.score = new Float64Array(nFrom);
  }
  link(i: number, j: number, sim: number): void {
    this.toOf[i] = j;
    this.fromOf[j] = i;
    this.score[i] = sim;
  }
  free(i: number, j: number): boolean {
    return this.toOf[i] === -1 && this.fromOf[j] === -1;
  }
}

/** Every article of both versions, matched by number and by text similarity (renumbering). */
export function compareVersions(from: ComparableArticle[], to: ComparableArticle[]): ArticleChange[] {
  const pairing = new Pairing(from.length, to.length);
  const fromText = from.map((a) => normalizeArticleText(a.text));
  const toText = to.map((a) => normalizeArticleText(a.text));
  const toByKey = new Map(to.map((a, j) => [comparableKey(a), j]));
  const sameKey = (i: number) => toByKey.get(comparableKey(from[i]!)) ?? -1;

  // 1. Same number, same wording: the bulk of any amendment, found in linear time.
  from.forEach((_, i) => {
    const j = sameKey(i);
    if (j >= 0 && fromText[i] === toText[j]) pairing.link(i, j, 1);
  });
  // 2. Same wording under another number: renumbered without change.
  linkIdenticalMoved(pairing, fromText, toText);
  // 3. Similar wording: greedy best-first over the remaining pairs.
  linkSimilar(pairing, from, to, sameKey);
  // 4. Rewritten in place: the number kept while its neighbours kept theirs.
  linkRewrittenInPlace(pairing, from, to, sameKey);

  return collectChanges(pairing, from, to);
}

function linkIdenticalMoved(pairing: Pairing, fromText: string[], toText: string[]): void {
  const waiting = new Map<string, number[]>();
  toText.forEach((t, j) => {
    if (pairing.fromOf[j] === -1) waiting.set(t, [...(waiting.get(t) ?? []), j]);
  });
  fromText.forEach((t, i) => {
    if (pairing.toOf[i] !== -1) return;
    const j = waiting.get(t)?.shift();
    if (j !== undefined) pairing.link(i, j, 1);
  });
}

function linkSimilar(
  pairing: Pairing,
  from: ComparableArticle[],
  to: ComparableArticle[],
  sameKey: (i: number) => number,
): void {
  const freeFrom = from.map((_, i) => i).filter((i) => pairing.toOf[i] === -1);
  const freeTo = to.map((_, j) => j).filter((j) => pairing.fromOf[j] === -1);
  if (freeFrom.length === 0 || freeTo.length === 0) return;
  const toGrams = new Map<number, TextShingles>(freeTo.map((j) => [j, shingles(to[j]!.text)]));
  const candidates: { i: number; j: number; sim: number; score: number }[] = [];
  for (const i of freeFrom) {
    const a = shingles(from[i]!.text);
    const own = sameKey(i);
    for (const j of freeTo) {
      const min = j === own ? SAME_NUMBER_MIN : RENUMBERED_MIN;
      const b = toGrams.get(j)!;
      const { dice, overlap } = likeness(a, b, min, MIN_OVERLAP_GRAMS);
      const contained = Math.min(a.grams.length, b.grams.length) >= MIN_OVERLAP_GRAMS ? OVERLAP_WEIGHT * overlap : 0;
      const match = Math.max(dice, contained);
      if (match < min) continue;
      const place = Math.abs(i / from.length - j / to.length);
      candidates.push({ i, j, sim: dice, score: match + (j === own ? SAME_NUMBER_BONUS : 0) - PLACE_WEIGHT * place });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  for (const c of candidates) if (pairing.free(c.i, c.j)) pairing.link(c.i, c.j, c.sim);
}

function linkRewrittenInPlace(
  pairing: Pairing,
  from: ComparableArticle[],
  to: ComparableArticle[],
  sameKey: (i: number) => number,
): void {
  const keptNumber = (i: number) => i >= 0 && i < from.length && pairing.toOf[i] !== -1 && pairing.toOf[i] === sameKey(i);
  // Forward then backward, so a run of rewritten articles next to a kept one is reached from either end.
  const order = [...from.keys()];
  for (const pass of [order, [...order].reverse()]) {
    for (const i of pass) {
      const j = sameKey(i);
      if (j < 0 || !pairing.free(i, j) || !(keptNumber(i - 1) || keptNumber(i + 1))) continue;
      pairing.link(i, j, similarity(shingles(from[i]!.text), shingles(to[j]!.text)));
    }
  }
}

function collectChanges(pairing: Pairing, from: ComparableArticle[], to: ComparableArticle[]): ArticleChange[] {
  const placed: { at: number; tie: number; change: ArticleChange }[] = [];
  to.forEach((b, j) => {
    const i = pairing.fromOf[j]!;
    if (i === -1) {
      placed.push({ at: j, tie: 0, change: { kind: 'added', to: b, textChanged: true, similarity: 0 } });
      return;
    }
    const a = from[i]!;
    const textChanged = a.text.trim() !== b.text.trim();
    const moved = comparableKey(a) !== comparableKey(b);
    const kind: ArticleChangeKind = moved ? 'renumbered' : textChanged ? 'modified' : 'unchanged';
    placed.push({ at: j, tie: 0, change: { kind, from: a, to: b, textChanged, similarity: pairing.score[i]! } });
  });
  // A deleted article is listed after the new place of the last article before it that survived.
  let anchor = -1;
  from.forEach((a, i) => {
    const j = pairing.toOf[i]!;
    if (j !== -1) anchor = j;
    else placed.push({ at: anchor + 0.5, tie: i, change: { kind: 'deleted', from: a, textChanged: true, similarity: 0 } });
  });
  return placed.sort((x, y) => x.at - y.at || x.tie - y.tie).map((p) => p.change);
}

/** Whether an article of the older version changed for someone who cites it, and where it went. */
export interface OldArticleFate {
  change: ArticleChange;
  /** Modified, deleted, or renumbered with its text changed. */
  changed: boolean;
  /** The article in the newer version (absent when deleted). */
  now?: ComparableArticle;
}

/**
 * The fate of article `number` (`subNumber` for 第X条之N) of the OLD version in a comparison;
 * undefined when the old version has no such article.
 */
export function fateOfOldArticle(
  changes: readonly ArticleChange[],
  number: number,
  subNumber?: number | null,
): OldArticleFate | undefined {
  const key = comparableKey({ number, subNumber });
  const change = changes.find((c) => c.from && comparableKey(c.from) === key);
  if (!change) return undefined;
  const changed = change.kind === 'modified' || change.kind === 'deleted' || (change.kind === 'renumbered' && change.textChanged);
  return { change, changed, ...(change.to ? { now: change.to } : {}) };
}

/** Equal runs this short between two edits read as noise: "修改为" beats "修[改]为". */
const SHORT_EQUAL = 2;

/** Character-level diff of two article texts (uses the `diff` package). */
export function diffText(a: string, b: string): DiffPart[] {
  const raw: DiffPart[] = diffChars(a, b).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
  return mergeEdits(raw);
}

/**
 * Folds short equal runs between edits into the edits and groups each run of edits as one
 * deletion followed by one insertion, so a rewritten clause reads as old text → new text.
 */
function mergeEdits(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  parts.forEach((p, k) => {
    if (p.op === 'delete') del += p.text;
    else if (p.op === 'insert') ins += p.text;
    else {
      const between = (del || ins) && k + 1 < parts.length && [...p.text].length <= SHORT_EQUAL;
      if (between) {
        del += p.text;
        ins += p.text;
      } else {
        flush();
        out.push(p);
      }
    }
  });
  flush();
  return out;
}
