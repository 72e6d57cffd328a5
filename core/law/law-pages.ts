/**
 * Long laws are split into pages along their headings (编, then 分编/章 …) so that no page grows
 * past a size a phone loads quickly; short laws stay one page.
 */

/** What splitting reads of an article. */
export interface PageableArticle {
  number: number;
  subNumber?: number | null;
  /** Headings outermost first, joined by " / " ("" when none). */
  chapterPath: string;
  /** Characters the article puts on the page (its text, plus any change notes shown with it). */
  size: number;
}

/** One page of a split law: articles [start, end) in reading order. */
export interface LawPagePart {
  /** 1-based page number, as in `/p/<n>/`. */
  index: number;
  /** The headings the page covers, e.g. "第三编 合同 · 第一分编 通则". */
  title: string;
  start: number;
  end: number;
}

/** Above this many characters of article text (and notes) a version is split into pages. */
export const LAW_PAGE_MAX_CHARS = 40_000;

const parts = (a: PageableArticle) => (a.chapterPath ? a.chapterPath.split(' / ') : []);

/**
 * Pages of a law version, in order; empty when the whole text fits one page. Each heading level is
 * tried in turn: a group still too large is divided by its next level, and a group without deeper
 * headings into runs of articles.
 */
export function splitLawPages(articles: readonly PageableArticle[], maxChars = LAW_PAGE_MAX_CHARS): LawPagePart[] {
  const total = articles.reduce((n, a) => n + a.size, 0);
  if (total <= maxChars) return [];
  const ranges: { start: number; end: number; title: string[] }[] = [];
  const divide = (start: number, end: number, depth: number, title: string[]) => {
    const size = articles.slice(start, end).reduce((n, a) => n + a.size, 0);
    const groups = groupAtDepth(articles, start, end, depth);
    if (size <= maxChars || (groups.length === 1 && groups[0]!.heading === null)) {
      if (size <= maxChars) ranges.push({ start, end, title });
      else runs(start, end, title);
      return;
    }
    // Neighbouring small groups share a page of at most half the limit, rather than one page each.
    for (const run of packed(groups)) {
      if (run.length === 1) divide(run[0]!.start, run[0]!.end, depth + 1, run[0]!.heading === null ? title : [...title, run[0]!.heading]);
      else ranges.push({ start: run[0]!.start, end: run.at(-1)!.end, title: [...title, spanTitle(run)] });
    }
  };
  const sizeOf = (g: { start: number; end: number }) => articles.slice(g.start, g.end).reduce((n, a) => n + a.size, 0);
  const packed = <G extends { start: number; end: number }>(groups: G[]): G[][] => {
    const out: G[][] = [];
    let size = 0;
    for (const g of groups) {
      const s = sizeOf(g);
      const last = out.at(-1);
      if (last && size + s <= maxChars / 2) {
        last.push(g);
        size += s;
      } else {
        out.push([g]);
        size = s;
      }
    }
    return out;
  };
  const runs = (start: number, end: number, title: string[]) => {
    let from = start;
    let size = 0;
    for (let i = start; i < end; i++) {
      if (size > 0 && size + articles[i]!.size > maxChars) {
        ranges.push({ start: from, end: i, title });
        from = i;
        size = 0;
      }
      size += articles[i]!.size;
    }
    ranges.push({ start: from, end, title });
  };
  divide(0, articles.length, 0, []);
  return ranges.map((r, k) => ({ index: k + 1, title: r.title.join(' · ') || '正文', start: r.start, end: r.end }));
}

/** "人格权编、婚姻家庭编" or, for more than three, "第一章 总则—第五章 …": the headings of packed groups. */
function spanTitle(run: readonly { heading: string | null }[]): string {
  const named = run.map((g) => g.heading).filter((h): h is string => h !== null);
  if (named.length === 0) return '正文';
  return named.length <= 3 ? named.join('、') : `${named[0]}—${named.at(-1)}`;
}

/** Consecutive runs of articles sharing the heading at `depth` (null where they have none). */
function groupAtDepth(articles: readonly PageableArticle[], start: number, end: number, depth: number) {
  const groups: { start: number; end: number; heading: string | null }[] = [];
  for (let i = start; i < end; i++) {
    const heading = parts(articles[i]!)[depth] ?? null;
    const last = groups.at(-1);
    if (last && last.heading === heading) last.end = i + 1;
    else groups.push({ start: i, end: i + 1, heading });
  }
  return groups;
}

/** The page holding article number/subNumber, or undefined (also when the law is one page). */
export function pageOfArticle(
  pages: readonly LawPagePart[],
  articles: readonly Pick<PageableArticle, 'number' | 'subNumber'>[],
  number: number,
  subNumber = 0,
): LawPagePart | undefined {
  const i = articles.findIndex((a) => a.number === number && (a.subNumber ?? 0) === subNumber);
  return i < 0 ? undefined : pages.find((p) => i >= p.start && i < p.end);
}

/** A page's article range as the contents page hands it to the browser: [firstNo, firstSub, lastNo, lastSub, url]. */
export type PageRange = [number, number, number, number, string];

const order = (n: number, s: number, m: number, t: number) => n - m || s - t;

/** The URL of the page whose range holds article n (sub s), or undefined. */
export function pageUrlFor(ranges: readonly PageRange[], n: number, s = 0): string | undefined {
  return ranges.find(([a, b, c, d]) => order(n, s, a, b) >= 0 && order(n, s, c, d) <= 0)?.[4];
}
