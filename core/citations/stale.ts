/**
 * Which pinned citations a new version of a law makes stale, and how. Pure: the CMS reads the
 * citations and the two versions' articles, this decides. A citation names an article of the
 * version it was checked against (its pin); an article of that version that was modified,
 * deleted or moved with new wording is `modified`/`deleted`; one moved with its wording intact is
 * `renumbered` (the text still holds, the number in the citation is wrong; the new number is
 * suggested). Unchanged articles raise nothing.
 */
import { type ArticleChange, type DiffPart, diffText, fateOfOldArticle } from '../law/compare';
import type { CitationChange, CitingKind } from '../vocabulary/citation-review';

export type { DiffPart };

/** A citation as content records it: who cites, which article, checked against which version. */
export interface PinnedCitation {
  kind: CitingKind;
  /** Lesson slug or question id. */
  sourceId: string;
  law: string;
  article: number;
  /** Version date (YYYY-MM-DD) the citation was checked against; absent when the author left it out. */
  version?: string;
}

/** A citation that a new version made stale. */
export interface StaleCitation {
  changeKind: CitationChange;
  /** The article's number in the new version when it moved. */
  newArticle?: number;
  diff: DiffPart[];
}

/** The flag a comparison of the pinned and the new version raises for one cited article, or null. */
export function staleCitation(changes: readonly ArticleChange[], article: number): StaleCitation | null {
  const fate = fateOfOldArticle(changes, article);
  if (!fate) return null;
  const { change, now } = fate;
  const moved = now && now.number !== article ? { newArticle: now.number } : {};
  if (!fate.changed) return Object.keys(moved).length ? { changeKind: 'renumbered', ...moved, diff: [] } : null;
  if (change.kind === 'deleted' || !now) return { changeKind: 'deleted', diff: [{ op: 'delete', text: change.from?.text ?? '' }] };
  return { changeKind: 'modified', ...moved, diff: diffText(change.from?.text ?? '', now.text) };
}

/** One key per cited article of one piece of content: a lesson citing it twice is flagged once. */
export const citationKey = (c: Pick<PinnedCitation, 'kind' | 'sourceId' | 'law' | 'article'>): string =>
  `${c.kind}:${c.sourceId}:${c.law}:${c.article}`;

/**
 * The version a citation counts as checked against: the later of its written pin and the newest
 * version a review accepted for it (lessons and practice quizzes are files, so a review records
 * the accepted version instead of editing them). Without either, `fallback`: the version that was
 * current before the new one, which is what the author read.
 */
export function effectivePin(written: string | undefined, accepted: readonly string[], fallback: string | undefined): string | undefined {
  const dates = [written, ...accepted].filter((d): d is string => !!d).sort();
  return dates.at(-1) ?? fallback;
}

/** The citations to flag: those of `law` pinned to a version older than `newVersion`. */
export function citationsToCheck<C extends PinnedCitation>(citations: readonly C[], law: string, newVersion: string): C[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = citationKey(c);
    if (c.law !== law || seen.has(key) || (c.version && c.version >= newVersion)) return false;
    seen.add(key);
    return true;
  });
}
