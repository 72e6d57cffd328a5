/**
 * Shapes produced by the law-corpus parser and consumed by the CMS importer,
 * the site and the search index. Plain data only: no framework types here.
 */

/** Legal-force level of a law, derived from the corpus folder it lives in. */
export type LawLevel =
  | '宪法'
  | '法律'
  | '行政法规'
  | '部门规章'
  | '司法解释'
  | '地方性法规'
  | '指导性案例'
  | '其他';

/** One numbered article (条) of one law version. */
export interface ParsedArticle {
  /**
   * Integer article number: 第一千零四十二条 → 1042. Unique within a version together
   * with `subNumber`: an inserted article 第十七条之一 has number 17 and subNumber 1.
   */
  number: number;
  /**
   * Added field: the N of an inserted article "第X条之N" (刑法 has 53 of them, e.g.
   * 第一百二十条之一 … 之六). Absent for ordinary articles. `articleKey()` gives "17-1".
   */
  subNumber?: number;
  /** The number as written in the source, e.g. "第一千零四十二条". */
  numberText: string;
  /** Headings above the article, outermost first, e.g. ["婚姻家庭编", "第一章 一般规定"]. */
  chapterPath: string[];
  /** Paragraphs of the article text; the first one has the "第X条" prefix removed. */
  paragraphs: string[];
  /** 1-based line in the source file where the article starts. */
  line: number;
}

/** A non-article section: a preamble (序言) or a guiding-case heading (裁判要点 …). */
export interface ParsedSection {
  heading: string;
  paragraphs: string[];
  line: number;
}

/** One source file parsed. Several files can make one law (民法典 is split into 编). */
export interface ParsedLawFile {
  /** Full title from line 1, e.g. "中华人民共和国民法典". */
  title: string;
  /** Optional part from a second `#` line, e.g. "婚姻家庭编". */
  part?: string;
  /** Stable URL-safe-ish key: title without a leading "中华人民共和国", e.g. "民法典". */
  slug: string;
  /** Version date from the file name (YYYY-MM-DD), if present. */
  versionDate?: string;
  level: LawLevel;
  /** The corpus folder path below the root, e.g. "社会法" or "案例/民法典". */
  category: string;
  /** History lines before `<!-- INFO END -->` (通过/修正 records). */
  history: string[];
  /**
   * Preamble (序言) and case sections, in source order; also text before the first
   * heading (heading "") and appendices after the last article (附件…).
   */
  sections: ParsedSection[];
  articles: ParsedArticle[];
}

/** A problem found in one file; the importer reports it and moves on. */
export interface LawParseIssue {
  file: string;
  line: number;
  message: string;
  /** Added field: machine-readable category of the problem, for grouping in reports. */
  kind?: LawIssueKind;
}

/**
 * Added type. `unusable`: no law could be read (law is null). `missing-title`: line 1 is
 * not `# 标题` (the file name is used). `missing-info-end`: no `<!-- INFO END -->`
 * (leading dated lines are taken as history). `bad-numeral`: a 第X条 paragraph with an
 * invalid numeral (kept as text). `duplicate-article`: number seen before (the repeat
 * is dropped). `article-order`: number lower than its predecessor (kept).
 * `article-gap`: numbers skipped (kept). `empty-heading`: a bare `##`.
 * `unmarked-heading`: a plain line such as "总则", "附则" or "第五章法律责任" (between articles or
 * before the first), treated as a heading. `malformed-label`: a label with stray spaces
 * ("第三十五 条"), read as that article. `unreadable-label`: such a label whose number does not
 * fit the order (kept as text; blocking). `missing-leading-articles`: unnumbered body text before a
 * first article other than 第一条 (its first articles lack labels; blocking).
 */
export type LawIssueKind =
  | 'unusable'
  | 'missing-title'
  | 'missing-info-end'
  | 'bad-numeral'
  | 'duplicate-article'
  | 'article-order'
  | 'article-gap'
  | 'empty-heading'
  | 'unmarked-heading'
  | 'malformed-label'
  | 'unreadable-label'
  | 'missing-leading-articles';
