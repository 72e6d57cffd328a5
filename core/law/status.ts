/**
 * 时效性 of law versions: when each version takes effect, which one is in force on a given day,
 * which are amended, not yet effective or repealed. Derived from what the corpus holds: version
 * dates, the "自…起施行" article and "《…》同时废止" clauses of later laws.
 */
import { parseChineseNumeral } from './chinese-numerals';
import type { LawStatus } from '../vocabulary/law';

/** The facts one version contributes. */
export interface VersionDates {
  /** YYYY-MM-DD of adoption or amendment (the corpus file's date); 'undated' when unknown. */
  versionDate: string;
  /** YYYY-MM-DD it takes effect, when known. */
  effectiveDate?: string | null;
}

/** A version's status and the day it started (or starts) to hold. */
export interface VersionStatus {
  status: LawStatus;
  /** YYYY-MM-DD this version takes effect (its version date when the text names none). */
  effectiveDate: string | null;
  /** YYYY-MM-DD the next version took effect (for 'amended') or the law was repealed. */
  endedOn: string | null;
}

const DIGITS = '0-9０-９';
const ISO_IN_TEXT = new RegExp(`自([${DIGITS}]{4})年([${DIGITS}]{1,2})月([${DIGITS}]{1,2})日起(?:施行|实施|生效)`);
const CHINESE_IN_TEXT = /自([一二三四五六七八九〇○零]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日起(?:施行|实施|生效)/;
const ON_PUBLICATION = /自(?:公布|发布|颁布|修订发布)之日起(?:施行|实施|生效)/;

const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const pad = (n: number) => String(n).padStart(2, '0');
const digitOf = (c: string) => '〇一二三四五六七八九'.indexOf(c === '○' || c === '零' ? '〇' : c);

/**
 * The effective date an article text names: "自2021年6月1日起施行" → "2021-06-01" (Chinese-numeral
 * years too); 'publication' for "自公布之日起施行"; undefined when the text names no date.
 */
export function effectiveDateInText(text: string): string | 'publication' | undefined {
  const iso = ISO_IN_TEXT.exec(toAscii(text));
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  const zh = CHINESE_IN_TEXT.exec(text);
  if (zh) {
    const year = [...zh[1]!].map(digitOf).join('');
    return `${year}-${pad(parseChineseNumeral(zh[2]!))}-${pad(parseChineseNumeral(zh[3]!))}`;
  }
  return ON_PUBLICATION.test(text) ? 'publication' : undefined;
}

/**
 * When a version takes effect: the date its 施行 article names, unless that date is older than
 * the version itself — an amendment (修正) keeps the original 施行 article and takes effect on its
 * own date, which the corpus records as the version date.
 */
export function versionEffectiveDate(versionDate: string, articleTexts: readonly string[]): string | null {
  const known = versionDate === 'undated' ? null : versionDate;
  // The 施行 article closes a law; search from the end and stop at the first date found.
  for (let i = articleTexts.length - 1; i >= 0; i--) {
    const named = effectiveDateInText(articleTexts[i]!);
    if (named === undefined) continue;
    if (named === 'publication') return known;
    return known && named < known ? known : named;
  }
  return known;
}

/** Titles a text repeals: "《中华人民共和国合同法》…同时废止" → ["中华人民共和国合同法"]. */
export function repealedTitles(text: string): string[] {
  if (!text.includes('废止')) return [];
  const titles: string[] = [];
  // "《甲》、《乙》同时废止": every title in the sentence before 同时废止.
  for (const sentence of text.split(/[。；]/)) {
    if (!/同时废止/.test(sentence)) continue;
    const before = sentence.slice(0, sentence.lastIndexOf('同时废止'));
    titles.push(...[...before.matchAll(/《([^》]{2,60})》/g)].map((m) => m[1]!));
  }
  return titles;
}

/**
 * Status of every version of one law on `today` (YYYY-MM-DD), in the order given. The in-force
 * version is the latest one already effective; later ones are not yet effective, earlier ones
 * amended (ended when their successor took effect). A repeal date on or before today makes
 * every version repealed.
 */
export function versionStatuses(versions: readonly VersionDates[], today: string, repealedOn?: string | null): VersionStatus[] {
  const effective = versions.map((v) => v.effectiveDate ?? (v.versionDate === 'undated' ? null : v.versionDate));
  const order = versions.map((_, i) => i).sort((a, b) => (effective[a] ?? '').localeCompare(effective[b] ?? ''));
  const inForce = [...order].reverse().find((i) => (effective[i] ?? '') <= today);
  const rank = new Map(order.map((i, k) => [i, k]));
  return versions.map((_, i) => {
    const next = order[rank.get(i)! + 1];
    const nextStart = next === undefined ? null : effective[next] ?? null;
    if (repealedOn && repealedOn <= today) {
      return { status: 'repealed', effectiveDate: effective[i] ?? null, endedOn: nextStart && nextStart <= repealedOn ? nextStart : repealedOn };
    }
    const status: LawStatus =
      i === inForce ? 'in-force' : (effective[i] ?? '') > today ? 'not-yet-effective' : 'amended';
    return { status, effectiveDate: effective[i] ?? null, endedOn: status === 'amended' ? nextStart : null };
  });
}

/**
 * What made a version, from the history line of its date: 修订, 修正, 通过 (or 公布/发布);
 * undefined when no history line carries that date.
 */
export function versionMaking(history: readonly string[], versionDate: string): '修订' | '修正' | '通过' | '公布' | undefined {
  const date = chineseDate(versionDate);
  const line = history.find((l) => l.replace(/\s/g, '').startsWith(date) || l.includes(date));
  if (!line) return undefined;
  const found = ['修订', '修正', '通过', '公布', '发布'].find((w) => line.includes(w));
  return found === '发布' ? '公布' : (found as '修订' | '修正' | '通过' | '公布' | undefined);
}

/** "2023-12-29" → "2023年12月29日" (banner and version list). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
