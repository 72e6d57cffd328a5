/**
 * Chinese numerals as used in article labels (第一千零四十二条) and in headings.
 * Canonical form follows statute usage: 十 / 十五 for 10–19 at the start of a
 * number, 一百一十 for 110, one 零 per run of skipped units (一千零四十二).
 */

const DIGITS = '零一二三四五六七八九';
const SMALL_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
];
const MAX_NUMERAL = 99_999_999;

/** Largest value handled by {@link toChineseNumeral} and {@link parseChineseNumeral} (up to 千万). */
export const MAX_CHINESE_NUMERAL = MAX_NUMERAL;

/** Writes 0..9999 with 千/百/十; `leading` drops the 一 of 一十 (十五 instead of 一十五). */
function sectionToChinese(n: number, leading: boolean): string {
  let out = '';
  let pendingZero = false;
  let rest = n;
  for (const [unit, value] of SMALL_UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    const omitOne = unit === '十' && digit === 1 && leading && out === '';
    out += (omitOne ? '' : DIGITS[digit]) + unit;
  }
  if (rest > 0) out += (pendingZero ? '零' : '') + DIGITS[rest];
  return out;
}

/**
 * Writes a non-negative integer (0..99,999,999) in canonical Chinese numerals:
 * 1042 → 一千零四十二, 10 → 十, 15 → 十五, 110 → 一百一十, 10001 → 一万零一, 0 → 零.
 * Exact inverse of {@link parseChineseNumeral} on canonical input. Throws a RangeError
 * on non-integers, negatives and values above {@link MAX_CHINESE_NUMERAL}.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMERAL) {
    throw new RangeError(`toChineseNumeral: expected an integer in 0..${MAX_NUMERAL}, got ${n}`);
  }
  if (n === 0) return '零';
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return sectionToChinese(low, true);
  let out = sectionToChinese(high, true) + '万';
  if (low === 0) return out;
  if (low < 1000) out += '零';
  return out + sectionToChinese(low, false);
}

function invalid(text: string, reason: string): Error {
  return new Error(`Invalid Chinese numeral "${text}": ${reason}`);
}

/** Reads the unit structure leniently; {@link parseChineseNumeral} then checks the form. */
function readUnits(text: string, s: string): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let seenWan = false;
  for (const ch of s) {
    const d = DIGITS.indexOf(ch);
    if (d > 0) {
      if (digit !== null) throw invalid(text, `two digits in a row at "${ch}"`);
      digit = d;
    } else if (d === 0) {
      if (digit !== null) throw invalid(text, 'misplaced 零');
    } else if (ch === '万') {
      if (seenWan) throw invalid(text, 'more than one 万');
      section += digit ?? 0;
      if (section === 0) throw invalid(text, '万 without a multiplier');
      total = section * 10000;
      section = 0;
      digit = null;
      seenWan = true;
    } else {
      const unit = SMALL_UNITS.find(([u]) => u === ch);
      if (!unit) throw invalid(text, `unexpected character "${ch}"`);
      if (digit === null && ch !== '十') throw invalid(text, `${ch} without a digit`);
      section += (digit ?? 1) * unit[1];
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Parses a Chinese or Arabic numeral into an integer.
 * - Unit form: 一千零四十二 → 1042, 十五 → 15, 二百零三 → 203, 一万零一 → 10001; 两 is read
 *   as 二 and 〇 as 零; a leading 一十 (一十五) is accepted. Anything else must be the
 *   canonical form produced by {@link toChineseNumeral} (so 十十, 二百三 or 一千零零五 throw).
 * - Digit-by-digit form without units: 二〇二三 → 2023, 零 / 〇 → 0.
 * - Arabic digits, ASCII or full-width: "1042", "１０４２" → 1042.
 * Surrounding whitespace is ignored. Throws an Error naming the input on anything else.
 */
export function parseChineseNumeral(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') throw invalid(text, 'empty');
  if (/^[0-9０-９]+$/.test(trimmed)) {
    const ascii = trimmed.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return Number.parseInt(ascii, 10);
  }
  const s = trimmed.replace(/两/g, '二').replace(/〇/g, '零');
  if (/^[零一二三四五六七八九]+$/.test(s)) {
    if (s.length === 1) return DIGITS.indexOf(s);
    if (s.length > 16) throw invalid(text, 'too many digits');
    return Number([...s].map((c) => DIGITS.indexOf(c)).join(''));
  }
  const value = readUnits(text, s);
  if (value > MAX_NUMERAL) throw invalid(text, `above ${MAX_NUMERAL}`);
  const canonical = toChineseNumeral(value);
  if (s !== canonical && !(canonical.startsWith('十') && s === `一${canonical}`)) {
    throw invalid(text, `not a well-formed numeral (expected "${canonical}")`);
  }
  return value;
}

/** An article label split into its number and its 之N suffix. */
export interface ArticleLabelParts {
  /** 第十七条之一 → 17. */
  number: number;
  /** 第十七条之一 → 1; absent for a plain 第十七条. */
  subNumber?: number;
}

const LABEL_RE = /^第\s*([^条\s]+?)\s*条(?:\s*之\s*([^\s]+))?$/;

/**
 * Splits a label such as "第一千零四十二条" or "第十七条之一" into
 * `{ number: 17, subNumber: 1 }`. Returns null when the text is not a label or
 * its numerals are invalid (never throws). Arabic labels ("第12条") are accepted.
 */
export function parseArticleLabelParts(label: string): ArticleLabelParts | null {
  const m = LABEL_RE.exec(label.trim());
  if (!m || m[1] === undefined) return null;
  try {
    const number = parseChineseNumeral(m[1]);
    if (number < 1) return null;
    if (m[2] === undefined) return { number };
    const subNumber = parseChineseNumeral(m[2]);
    return subNumber < 1 ? null : { number, subNumber };
  } catch {
    return null;
  }
}

/**
 * Article number of a label: "第一千零四十二条" → 1042. For inserted articles
 * ("第十七条之一", added by amendment between 17 and 18) this is the base number 17;
 * use {@link parseArticleLabelParts} to get the 之N suffix. Null when not a label.
 */
export function parseArticleLabel(label: string): number | null {
  return parseArticleLabelParts(label)?.number ?? null;
}

/** Stable string key of an article: 17 → "17", 第十七条之一 → "17-1". Unique within a version. */
export function articleKey(article: ArticleLabelParts): string {
  return article.subNumber === undefined ? String(article.number) : `${article.number}-${article.subNumber}`;
}
