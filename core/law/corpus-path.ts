/**
 * Facts derived from a file's path relative to the corpus root,
 * e.g. "社会法/反家庭暴力法(2015-12-27).md" or "案例/民法典/xxx.md".
 */
import type { LawLevel } from './types';

/** What a corpus-relative path tells about a file. */
export interface CorpusPathInfo {
  /** Normalized path: forward slashes, no leading "./" or "/". */
  path: string;
  /** Folder path below the root ("社会法", "案例/民法典"); "" for a file at the root. */
  category: string;
  level: LawLevel;
  /** Version date from a trailing "(YYYY-MM-DD)" in the file name. */
  versionDate?: string;
  /** File name without the date and the ".md" extension, e.g. "反家庭暴力法". */
  baseName: string;
  /** True for `_index.md` folder markers, which hold no law. */
  isIndexFile: boolean;
}

const LEVEL_BY_FOLDER: Readonly<Record<string, LawLevel>> = {
  宪法: '宪法',
  宪法相关法: '法律',
  民法典: '法律',
  民法商法: '法律',
  行政法: '法律',
  经济法: '法律',
  社会法: '法律',
  刑法: '法律',
  诉讼与非诉讼程序法: '法律',
  行政法规: '行政法规',
  部门规章: '部门规章',
  司法解释: '司法解释',
  山东地方性法规: '地方性法规',
  案例: '指导性案例',
  其他: '其他',
};

const DATE_RE = /[(（]\s*(\d{4})-(\d{2})-(\d{2})\s*[)）]$/;

/** Normalizes separators and strips a leading "./" or "/". */
export function normalizeCorpusPath(relPath: string): string {
  return relPath.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

/**
 * A province's (or autonomous region's, or city's) local regulations, laid out as the corpus lays
 * out Shandong's: "江苏地方性法规", "广东省地方性法规", "新疆维吾尔自治区地方性法规".
 */
const LOCAL_REGULATIONS_RE = /^\S+地方性法规$/;

/** Legal-force level of a top-level corpus folder; unknown folders are '其他'. */
export function levelForFolder(topFolder: string): LawLevel {
  if (Object.hasOwn(LEVEL_BY_FOLDER, topFolder)) return LEVEL_BY_FOLDER[topFolder] as LawLevel;
  return LOCAL_REGULATIONS_RE.test(topFolder) ? '地方性法规' : '其他';
}

/** Valid calendar date check for a YYYY-MM-DD triple. */
function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Derives category, level, version date and index-file flag from a path relative
 * to the corpus root. Pure: never touches the disk. A date that is not a real
 * calendar day (e.g. 2020-02-30) is left out of `versionDate`.
 */
export function parseCorpusPath(relPath: string): CorpusPathInfo {
  const path = normalizeCorpusPath(relPath);
  const parts = path.split('/');
  const fileName = parts.pop() ?? '';
  const category = parts.join('/');
  const stem = fileName.replace(/\.md$/i, '');
  const m = DATE_RE.exec(stem);
  let versionDate: string | undefined;
  let baseName = stem;
  if (m) {
    baseName = stem.slice(0, m.index).trim();
    if (isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) versionDate = `${m[1]}-${m[2]}-${m[3]}`;
  }
  return {
    path,
    category,
    level: levelForFolder(parts[0] ?? ''),
    ...(versionDate ? { versionDate } : {}),
    baseName,
    isIndexFile: fileName === '_index.md',
  };
}

const NATIONAL_PREFIX = '中华人民共和国';

/**
 * URL- and file-name-safe key for a law title: drops a leading "中华人民共和国",
 * turns whitespace runs into "-", removes characters unsafe in a path segment or
 * file name (/ \ ? # % < > : " | * and control characters), and trims stray "-".
 * "中华人民共和国民法典" → "民法典". Versions of one law share a slug. Returns ""
 * only if nothing usable is left.
 */
export function lawSlug(title: string): string {
  let s = title.trim();
  if (s.startsWith(NATIONAL_PREFIX) && s.length > NATIONAL_PREFIX.length) {
    s = s.slice(NATIONAL_PREFIX.length);
  }
  return s
    // Control characters are exactly what must go from a URL segment.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200b-\u200d\ufeff]/g, '')
    .replace(/[/\\?#%<>:"|*]/g, '')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '');
}
