/**
 * Article labels (第X条, 第X条之N) inside the law parser: reading them, recovering malformed
 * ones, and checking their order. Pure helpers for parse-law-markdown.ts.
 */
import { articleKey, parseChineseNumeral } from './chinese-numerals';
import type { LawIssueKind, ParsedArticle } from './types';

export type Report = (kind: LawIssueKind, line: number, message: string) => void;

const NUMERAL = '[零〇一二两三四五六七八九十百千万0-9０-９]+';
/** A label with whitespace inside ("第三十五 条", "第 三十五\u3000条", "第十条 之一"); text may follow directly. */
const SPACED_LABEL_RE = new RegExp(`^第\\s*(${NUMERAL})\\s*条(?:\\s*之\\s*([一二两三四五六七八九十]+))?`);

/** An article from its label parts; throws when the numeral does not parse or is 0. */
function buildArticle(numeral: string, sub: string | undefined, label: string, rest: string, line: number): ParsedArticle {
  const number = parseChineseNumeral(numeral);
  const subNumber = sub === undefined ? undefined : parseChineseNumeral(sub);
  if (number < 1) throw new Error('article numbers start at 1');
  const article: ParsedArticle = { number, numberText: label, chapterPath: [], paragraphs: rest ? [rest] : [], line };
  if (subNumber !== undefined) article.subNumber = subNumber;
  return article;
}

/** Builds an article from an ARTICLE_RE match, or reports a bad numeral and returns null. */
export function readArticle(match: RegExpExecArray, text: string, line: number, report: Report): ParsedArticle | null {
  const label = match[0];
  try {
    return buildArticle(match[1] ?? '', match[2], label, text.slice(label.length).trim(), line);
  } catch (e) {
    report('bad-numeral', line, `"${label}" does not parse (${(e as Error).message}); kept as text`);
    return null;
  }
}

/**
 * A paragraph opening with a label that has stray spaces inside (`第三十五 条`, full-width
 * spaces too). Recovered as that article when unambiguous: the numeral parses and the number
 * comes after `prev` without repeating a stored one; reported at its own line either way. An
 * ambiguous one is reported as `unreadable-label` (blocking) and kept as text. Returns null
 * when the paragraph does not open with such a label.
 */
export function readSpacedLabel(
  text: string,
  line: number,
  prev: ParsedArticle | undefined,
  seen: ReadonlyMap<string, number>,
  report: Report,
): ParsedArticle | null {
  const match = SPACED_LABEL_RE.exec(text);
  if (!match || !/\s/.test(match[0])) return null;
  const label = match[0];
  const fixed = `第${match[1]}条${match[2] === undefined ? '' : `之${match[2]}`}`;
  let article: ParsedArticle | null = null;
  try {
    article = buildArticle(match[1] ?? '', match[2], fixed, text.slice(label.length).trim(), line);
  } catch {
    article = null;
  }
  const fits =
    article !== null &&
    !seen.has(articleKey(article)) &&
    (prev === undefined || article.number > prev.number || (article.number === prev.number && (article.subNumber ?? 0) > (prev.subNumber ?? 0)));
  if (!article || !fits) {
    report('unreadable-label', line, `“${label}”像是条号，但其中有多余的空格，且无法确定是第几条（与前后条号不衔接）；未作为新条文，本文件不导入`);
    return null;
  }
  report('malformed-label', line, `条号“${label}”中有多余的空格，已按“${fixed}”读取`);
  return article;
}

/** Reports a duplicate, a step backwards or a gap between `prev` and `article`. */
export function checkOrder(
  article: ParsedArticle,
  prev: ParsedArticle | undefined,
  seen: Map<string, number>,
  report: Report,
): void {
  const firstLine = seen.get(articleKey(article));
  if (firstLine !== undefined) {
    report('duplicate-article', article.line, `${article.numberText} repeats line ${firstLine}; the repeat is dropped`);
    return;
  }
  if (prev === undefined) return;
  const sub = article.subNumber ?? 0;
  const prevSub = prev.subNumber ?? 0;
  const diff = article.number - prev.number || sub - prevSub;
  if (diff < 0) {
    report('article-order', article.line, `${article.numberText} comes after ${prev.numberText} (line ${prev.line})`);
    return;
  }
  const isNextBase = article.number === prev.number + 1 && sub === 0;
  const isNextSub = article.number === prev.number && sub === prevSub + 1;
  if (!isNextBase && !isNextSub) {
    report('article-gap', article.line, `numbering jumps from ${prev.numberText} (line ${prev.line}) to ${article.numberText}`);
  }
}
