/**
 * Public API of the law-corpus parser: pure functions over file text and
 * corpus-relative paths. No framework imports; safe for the CMS, site and tests.
 */
export type * from './types';
export {
  MAX_CHINESE_NUMERAL,
  articleKey,
  parseArticleLabel,
  parseArticleLabelParts,
  parseChineseNumeral,
  toChineseNumeral,
} from './chinese-numerals';
export type { ArticleLabelParts } from './chinese-numerals';
export { lawSlug, levelForFolder, normalizeCorpusPath, parseCorpusPath } from './corpus-path';
export type { CorpusPathInfo } from './corpus-path';
export { parseLawMarkdown } from './parse-law-markdown';
export type { ParseLawInput, ParseLawResult } from './parse-law-markdown';
