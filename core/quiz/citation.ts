import { toChineseNumeral } from '../law/chinese-numerals';
import type { Citation } from './types';

/** 《民法典》第一千零四十二条 — how a citation is written in Chinese text. */
export function citationLabel({ law, article }: Citation): string {
  return `《${law}》第${toChineseNumeral(article)}条`;
}

/** Anchor id of an article on its law page: art-1042, or art-17-1 for 第十七条之一. */
export const articleAnchor = (article: number, subNumber = 0): string =>
  subNumber ? `art-${article}-${subNumber}` : `art-${article}`;

/** URL of a law page, or of one article's anchor on it. */
export function lawUrl(law: string, article?: number): string {
  const base = `/laws/${encodeURIComponent(law)}/`;
  return article === undefined ? base : `${base}#${articleAnchor(article)}`;
}

const CITE_TAG = /<Cite\s+law="([^"]+)"\s+article=\{(\d+)\}(?:\s+version="([^"]*)")?\s*\/>/g;

/** Every <Cite law="…" article={N} version="YYYY-MM-DD" /> in an MDX body, in order (version optional). */
export function citationsInMdx(body: string): Citation[] {
  return [...body.matchAll(CITE_TAG)].map((m) => ({ law: m[1]!, article: Number(m[2]), ...(m[3] ? { version: m[3] } : {}) }));
}
