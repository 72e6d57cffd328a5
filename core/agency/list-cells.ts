/** Parsing of single spreadsheet cells: dates, multi-value cells, progress and law names. */
import { addDays, isoDate } from './dates';
import type { IsoDate, ItemStatus } from './types';

/** Separators of multi-value cells: 、，,；; and line breaks. */
const MULTI_SEP = /[、,，;；\r\n]+/;

/** Splits a multi-value cell, trimming parts and dropping blanks and repeats. */
export function splitMulti(cell: string): string[] {
  const seen = new Set<string>();
  for (const part of cell.split(MULTI_SEP)) {
    const v = part.trim();
    if (v) seen.add(v);
  }
  return [...seen];
}

/** Joins values for export so that splitMulti gives them back. */
export function joinMulti(values: readonly string[]): string {
  return values.join('、');
}

// Excel's day 0 is 1899-12-30 (it counts a 1900-02-29 that never was, so later serials line
// up with this epoch). Serials are accepted only for 2000–2099, so a stray number such as a
// year ("2026") is not taken for a date in 1905.
const EXCEL_EPOCH = '1899-12-30';
const SERIAL_MIN = 36_526; // 2000-01-01
const SERIAL_MAX = 73_050; // 2099-12-31

/**
 * Reads a date cell: 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日, an ISO timestamp, or an
 * Excel serial day number (e.g. 46203). Full-width digits are accepted. Null if unreadable.
 */
export function parseDateCell(cell: string): IsoDate | null {
  const s = cell.normalize('NFKC').replace(/\s+/g, '');
  let m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T[\d:.]+Z?)?$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{5})(?:\.\d+)?$/.exec(s);
  if (m) {
    const serial = Number(m[1]);
    return serial >= SERIAL_MIN && serial <= SERIAL_MAX ? addDays(EXCEL_EPOCH, serial) : null;
  }
  return null;
}

const STATUS_WORDS: Readonly<Record<string, ItemStatus>> = {
  未开始: '未开始',
  未启动: '未开始',
  尚未开始: '未开始',
  进行中: '进行中',
  正在进行: '进行中',
  推进中: '进行中',
  实施中: '进行中',
  已完成: '已完成',
  完成: '已完成',
  已办结: '已完成',
};

/** Reads a progress cell; blank is 未开始; null if the word is not known. */
export function parseStatusCell(cell: string): ItemStatus | null {
  const s = cell.normalize('NFKC').replace(/\s+/g, '');
  if (!s) return '未开始';
  return Object.hasOwn(STATUS_WORDS, s) ? (STATUS_WORDS[s] as ItemStatus) : null;
}

/** A law the import may reference: its title and the slug stored on items. */
export interface LawRef {
  title: string;
  slug: string;
}

const NATIONAL_PREFIX = '中华人民共和国';

function lawKey(name: string): string {
  const s = name.normalize('NFKC').replace(/[\s《》<>〈〉]/g, '');
  return s.startsWith(NATIONAL_PREFIX) && s.length > NATIONAL_PREFIX.length ? s.slice(NATIONAL_PREFIX.length) : s;
}

/** How a spreadsheet marks a law the library does not hold yet: “山东省安全生产条例（未入库）”. */
export const UNCOLLECTED_MARK = '（未入库）';
/** Longest law name kept as an uncollected law. */
export const MAX_LAW_NAME = 60;

/**
 * The law name in a cell marked as not in the library (“名称（未入库）”, half-width brackets
 * too), without 《》; undefined when the cell carries no mark or nothing is left of the name.
 */
export function uncollectedLawName(cell: string): string | undefined {
  const m = /^(.*?)\s*[(（]\s*未入库\s*[)）]$/.exec(cell.normalize('NFKC').trim());
  const name = m?.[1]?.replace(/[《》<>〈〉]/g, '').trim();
  return name ? name : undefined;
}

/**
 * A lookup from what people write ("《中华人民共和国民法典》", "民法典", a slug) to the
 * law's slug; undefined when no passed-in law matches.
 */
export function lawMatcher(laws: readonly LawRef[]): (name: string) => string | undefined {
  const map = new Map<string, string>();
  for (const law of laws) {
    map.set(lawKey(law.slug), law.slug);
    map.set(lawKey(law.title), law.slug);
  }
  return (name) => map.get(lawKey(name));
}
