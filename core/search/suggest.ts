/**
 * Query suggestions (browser-safe). Laws number their articles in Chinese
 * numerals, so a search for 第10条 finds little; the page offers 第十条.
 */
import { MAX_CHINESE_NUMERAL, toChineseNumeral } from '../law/chinese-numerals';

const ARTICLE_RE = /第\s*(\d+)\s*条(?:\s*之\s*(\d+))?/g;

/**
 * The query with Arabic article numbers written in Chinese numerals
 * (民法典第1042条 → 民法典第一千零四十二条, 第17条之1 → 第十七条之一), or
 * null when there is nothing to rewrite.
 */
export function suggestQuery(query: string): string | null {
  let changed = false;
  const rewritten = query.normalize('NFKC').replace(ARTICLE_RE, (whole, n: string, sub?: string) => {
    const number = Number(n);
    const subNumber = sub === undefined ? undefined : Number(sub);
    if (number > MAX_CHINESE_NUMERAL || (subNumber !== undefined && subNumber > MAX_CHINESE_NUMERAL)) return whole;
    changed = true;
    return `第${toChineseNumeral(number)}条${subNumber === undefined ? '' : `之${toChineseNumeral(subNumber)}`}`;
  });
  return changed ? rewritten : null;
}
