import type { LawIssueKind, LawParseIssue } from './types';

/**
 * Issues that make a file's text untrustworthy as a whole: the importer skips such a file (and
 * the law it belongs to) instead of storing a law with missing or misnumbered articles. The
 * others are facts about the source (gaps that really exist, unmarked headings) and import.
 */
const BLOCKING: ReadonlySet<LawIssueKind> = new Set([
  'unusable',
  'missing-title',
  'bad-numeral',
  'duplicate-article',
  'article-order',
  'unreadable-label',
  'missing-leading-articles',
]);

export const isBlockingIssue = (issue: LawParseIssue): boolean => !!issue.kind && BLOCKING.has(issue.kind);
