/**
 * Parser for one corpus Markdown file (format: /work/shared/corpus/README.md).
 * Pure: takes the text and the corpus-relative path, never reads the disk.
 */
import { checkOrder, readArticle, readSpacedLabel, type Report } from './article-labels';
import { articleKey } from './chinese-numerals';
import { lawSlug, parseCorpusPath } from './corpus-path';
import type { LawParseIssue, ParsedArticle, ParsedLawFile, ParsedSection } from './types';

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
/** A chapter title written as a plain line ("总则", "附 则", "第五章法律责任"). */
const UNMARKED_HEADING_RE = /^(?:[总分附]\s*则|第[一二三四五六七八九十百]+[编章节](?:\s*[^\s，。；：、“”（）()]{1,20})?)$/;
const DATED_LINE_RE = /^\d{4}年\d{1,2}月\d{1,2}日/;

/** Trims, including zero-width characters that String.prototype.trim keeps. */
function clean(line: string): string {
  return line.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
}

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
  let target: { paragraphs: string[] } | ParsedSection | null = null;
  const textBeforeArticles: { line: number; heading: string }[] = [];
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

    // A spaced label first: "第二条 之一" would otherwise read as 第二条 with text "之一 …".
    const spaced = appendix ? null : readSpacedLabel(text, lineNo, articles[articles.length - 1], seen, report);
    const art = appendix || spaced ? null : ARTICLE_RE.exec(text);
    const article = spaced ?? (art ? readArticle(art, text, lineNo, report) : null);
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
    // Before the first article too: a bare "第一章 总则" right after the history is a heading.
    if ((inArticle || articles.length === 0) && !appendix && UNMARKED_HEADING_RE.test(text)) {
      report('unmarked-heading', lineNo, `"${text}" looks like a heading without "#"; treated as one`);
      const level = stack[stack.length - 1]?.level ?? 2;
      popTo(level);
      stack.push({ level, text: collapse(text) });
      target = openSection(collapse(text), lineNo);
      inArticle = false;
      continue;
    }

    target ??= openSection(stack[stack.length - 1]?.text ?? '', lineNo);
    if (articles.length === 0 && 'heading' in target) textBeforeArticles.push({ line: lineNo, heading: target.heading });
    const paragraphs = target.paragraphs;
    if (joinTable && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += `\n${text}`;
    else paragraphs.push(text);
  }

  if (!hasTitle && articles.length === 0) {
    report('unusable', first + 1, 'no title line and no articles: not a law file');
    return { law: null, issues };
  }
  checkLeadingArticles({ articles, textBeforeArticles, part, level: info.level }, report);
  const kept = sections.filter((s) => s.paragraphs.length > 0 || articles.length === 0 || keepEmpty.has(s));
  const { level, category } = info;
  const law: ParsedLawFile = { title, slug: lawSlug(title), level, category, history, sections: kept, articles };
  if (part !== undefined) law.part = part;
  if (info.versionDate !== undefined) law.versionDate = info.versionDate;
  return { law, issues };
}

/**
 * A law (not a 编 file, which continues another's numbering, nor a case quoting articles) whose
 * first numbered article comes after unnumbered body text: those paragraphs are most likely its
 * first articles without their "第X条" labels. Reported (blocking) at the first such paragraph.
 */
function checkLeadingArticles(
  law: { articles: ParsedArticle[]; textBeforeArticles: { line: number; heading: string }[]; part: string | undefined; level: string },
  report: Report,
): void {
  const first = law.articles[0];
  if (!first || first.number === 1 || law.part !== undefined || law.level === '指导性案例') return;
  const unlabelled = law.textBeforeArticles.filter((t) => !/^序\s*言$/.test(t.heading));
  const start = unlabelled[0];
  if (!start) return;
  report(
    'missing-leading-articles',
    start.line,
    `条文从${first.numberText}（第 ${first.line} 行）开始，而此前有 ${unlabelled.length} 段没有条号的正文：前面的条文可能缺少“第X条”条号；本文件不导入`,
  );
}
