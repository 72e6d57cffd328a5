/**
 * Parser for one corpus Markdown file (format: /work/shared/corpus/README.md).
 * Pure: takes the text and the corpus-relative path, never reads the disk.
 */
import { articleKey, parseChineseNumeral } from './chinese-numerals';
import { lawSlug, parseCorpusPath } from './corpus-path';
import type { LawIssueKind, LawParseIssue, ParsedArticle, ParsedLawFile, ParsedSection } from './types';

export interface ParseLawInput {
  /** Full file text. */
  text: string;
  /** Path relative to the corpus root, e.g. "民法典/婚姻家庭编.md". */
  path: string;
}

export interface ParseLawResult {
  /** Null for `_index.md` files (no issue) and for unusable text (an `unusable` issue). */
  law: ParsedLawFile | null;
  issues: LawParseIssue[];
}

const INFO_END_RE = /^<!--\s*INFO END\s*-->$/;
const TITLE_RE = /^#\s+(.+)$/;
const HEADING_RE = /^(#{1,6})(?:\s+(.*))?$/;
const COMMENT_RE = /^<!--.*-->$/;
/** 第X条 or 第X条之N at the start of a paragraph, then whitespace, 【 or end of line. */
const ARTICLE_RE = /^第([零〇一二两三四五六七八九十百千万0-9０-９]+)条(?:之([一二两三四五六七八九十]+))?(?=\s|【|$)/;
/** 附件 / 附件一： / 附表二 / 附录 / 附： / 附图 … opening an appendix after the articles. */
const APPENDIX_RE = /^附(?:[:：]|[件表录图]\s*(?:[一二三四五六七八九十]+|[0-9]+)?\s*(?:[:：]|\s|$))/;
/** A chapter title written as a plain line ("附 则", "第五章法律责任"). */
const UNMARKED_HEADING_RE = /^(?:附\s*则|第[一二三四五六七八九十百]+[编章节](?:\s*[^\s，。；：、“”（）()]{1,20})?)$/;
const DATED_LINE_RE = /^\d{4}年\d{1,2}月\d{1,2}日/;

/** Trims, including zero-width characters that String.prototype.trim keeps. */
function clean(line: string): string {
  return line.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
}

type Report = (kind: LawIssueKind, line: number, message: string) => void;

/** Collapses whitespace runs (including U+2002, U+3000, tabs) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Parses one law file. Title from line 1 (`# 标题`), an optional `# 编` part line,
 * history up to `<!-- INFO END -->`, then the body: `#`-headings build the chapter
 * path (the part, if any, comes first), paragraphs starting "第X条" plus whitespace
 * (or 【, or end of line) open articles and following paragraphs belong to them;
 * other text goes to `sections` under its heading ("" before any heading). Headings
 * with no text under them become sections only in files without articles (cases).
 * After the articles, a line like "附件一：" opens an appendix: everything after it is
 * section text. Table rows (`|`) are joined into one paragraph; HTML comments
 * (FORCE BREAK, TABLE markers) are dropped. Articles stay in source order with unique
 * (number, subNumber); a repeated number is reported and dropped. Malformed input is
 * reported in `issues` (1-based lines) and parsed as far as possible; never throws.
 */
export function parseLawMarkdown(input: ParseLawInput): ParseLawResult {
  const info = parseCorpusPath(input.path);
  const issues: LawParseIssue[] = [];
  const report: Report = (kind, line, message) => {
    issues.push({ file: info.path, line, message, kind });
  };
  if (info.isIndexFile) return { law: null, issues };

  const lines = input.text.split(/\r\n|\n|\r/).map(clean);
  const nextNonBlank = (from: number): number => {
    for (let i = from; i < lines.length; i++) if (lines[i] !== '') return i;
    return lines.length;
  };
  const first = nextNonBlank(0);
  if (first >= lines.length || input.text.includes('\u0000')) {
    report('unusable', 1, first >= lines.length ? 'file is empty' : 'file contains NUL bytes (binary?)');
    return { law: null, issues };
  }

  // Title and optional part line.
  let cursor = first;
  let title = info.baseName;
  const titleText = TITLE_RE.exec(lines[first] ?? '')?.[1];
  const hasTitle = titleText !== undefined;
  if (hasTitle) {
    title = collapse(titleText);
    cursor = first + 1;
  } else {
    report('missing-title', first + 1, `line ${first + 1} is not a "# 标题" title line; using the file name`);
  }
  const partIndex = nextNonBlank(cursor);
  const partText = hasTitle ? TITLE_RE.exec(lines[partIndex] ?? '')?.[1] : undefined;
  const part = partText === undefined ? undefined : collapse(partText);
  if (part !== undefined) cursor = partIndex + 1;

  // History block.
  const history: string[] = [];
  const infoEnd = lines.findIndex((l, i) => i >= cursor && INFO_END_RE.test(l));
  if (infoEnd >= 0) {
    for (let i = cursor; i < infoEnd; i++) {
      const l = lines[i] ?? '';
      if (l !== '' && !COMMENT_RE.test(l)) history.push(l);
    }
    cursor = infoEnd + 1;
  } else {
    report('missing-info-end', cursor + 1, `no "<!-- INFO END -->" marker; dated lines at the top are taken as history`);
    for (let i = nextNonBlank(cursor); i < lines.length && DATED_LINE_RE.test(lines[i] ?? ''); i = nextNonBlank(i + 1)) {
      history.push(lines[i] ?? '');
      cursor = i + 1;
    }
  }

  // Body.
  const articles: ParsedArticle[] = [];
  const sections: ParsedSection[] = [];
  const seen = new Map<string, number>();
  const stack: { level: number; text: string }[] = [];
  const chapterPath = (): string[] => [...(part === undefined ? [] : [part]), ...stack.map((h) => h.text)];
  const popTo = (level: number): void => {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
  };
  const keepEmpty = new Set<ParsedSection>();
  const openSection = (heading: string, line: number, keep = false): ParsedSection => {
    const section: ParsedSection = { heading, paragraphs: [], line };
    sections.push(section);
    if (keep) keepEmpty.add(section);
    return section;
  };
  let target: { paragraphs: string[] } | null = null;
  let inArticle = false;
  let appendix = false;
  let prevTableRow = false;

  for (let i = cursor; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const lineNo = i + 1;
    const isTableRow = text.startsWith('|');
    const joinTable = isTableRow && prevTableRow;
    prevTableRow = isTableRow;
    if (text === '' || COMMENT_RE.test(text)) continue;
    const heading = HEADING_RE.exec(text);
    if (heading) {
      const level = heading[1]?.length ?? 2;
      const headingText = collapse(heading[2] ?? '');
      inArticle = false;
      if (appendix) {
        target = openSection(headingText, lineNo, true);
      } else if (headingText === '') {
        report('empty-heading', lineNo, `empty "${heading[1] ?? ''}" heading ignored`);
        popTo(level);
        target = null;
      } else {
        popTo(level);
        stack.push({ level, text: headingText });
        target = openSection(headingText, lineNo);
      }
      continue;
    }

    const art = appendix ? null : ARTICLE_RE.exec(text);
    const article = art ? readArticle(art, text, lineNo, report) : null;
    if (article) {
      article.chapterPath = chapterPath();
      checkOrder(article, articles[articles.length - 1], seen, report);
      const key = articleKey(article);
      if (!seen.has(key)) {
        seen.set(key, lineNo);
        articles.push(article);
      }
      target = article;
      inArticle = true;
      continue;
    }

    if (articles.length > 0 && APPENDIX_RE.test(text)) {
      appendix = true;
      inArticle = false;
      target = openSection(text, lineNo, true);
      continue;
    }
    if (inArticle && !appendix && UNMARKED_HEADING_RE.test(text)) {
      report('unmarked-heading', lineNo, `"${text}" looks like a heading without "#"; treated as one`);
      const level = stack[stack.length - 1]?.level ?? 2;
      popTo(level);
      stack.push({ level, text: collapse(text) });
      target = openSection(collapse(text), lineNo);
      inArticle = false;
      continue;
    }

    target ??= openSection(stack[stack.length - 1]?.text ?? '', lineNo);
    const paragraphs = target.paragraphs;
    if (joinTable && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += `\n${text}`;
    else paragraphs.push(text);
  }

  if (!hasTitle && articles.length === 0) {
    report('unusable', first + 1, 'no title line and no articles: not a law file');
    return { law: null, issues };
  }
  const kept = sections.filter((s) => s.paragraphs.length > 0 || articles.length === 0 || keepEmpty.has(s));
  const { level, category } = info;
  const law: ParsedLawFile = { title, slug: lawSlug(title), level, category, history, sections: kept, articles };
  if (part !== undefined) law.part = part;
  if (info.versionDate !== undefined) law.versionDate = info.versionDate;
  return { law, issues };
}

/** Builds an article from an ARTICLE_RE match, or reports a bad numeral and returns null. */
function readArticle(match: RegExpExecArray, text: string, line: number, report: Report): ParsedArticle | null {
  const label = match[0];
  try {
    const number = parseChineseNumeral(match[1] ?? '');
    const subNumber = match[2] === undefined ? undefined : parseChineseNumeral(match[2]);
    if (number < 1) throw new Error('article numbers start at 1');
    const rest = text.slice(label.length).trim();
    const article: ParsedArticle = { number, numberText: label, chapterPath: [], paragraphs: rest ? [rest] : [], line };
    if (subNumber !== undefined) article.subNumber = subNumber;
    return article;
  } catch (e) {
    report('bad-numeral', line, `"${label}" does not parse (${(e as Error).message}); kept as text`);
    return null;
  }
}

/** Reports a duplicate, a step backwards or a gap between `prev` and `article`. */
function checkOrder(
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
