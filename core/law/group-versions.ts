import { createHash } from 'node:crypto';
import type { LawLevel, LawParseIssue, ParsedArticle, ParsedLawFile, ParsedSection } from './types';

/** Everything needed to store one dated version of one law, possibly merged from several files. */
export interface LawVersionInput {
  slug: string;
  title: string;
  level: LawLevel;
  category: string;
  /** YYYY-MM-DD from the file name, else the latest date in the history lines, else 'undated'. */
  versionDate: string;
  history: string[];
  sections: ParsedSection[];
  articles: ParsedArticle[];
  sourceFiles: string[];
  /** Hash of the content; equal hashes mean a re-import has nothing to change. */
  contentHash: string;
}

const HISTORY_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
const ENACTING = /通过|修正|修订|公布|发布|批准/;

/**
 * Latest 'YYYY年M月D日' date among the history lines that enact the text (通过, 修正, 修订 …), as
 * YYYY-MM-DD; an entry-into-force line (施行) does not make a new version. Falls back to any date.
 */
export function latestHistoryDate(history: string[]): string | undefined {
  const enacting = history.filter((line) => ENACTING.test(line));
  let latest: string | undefined;
  for (const line of enacting.length ? enacting : history) {
    for (const m of line.matchAll(HISTORY_DATE)) {
      const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      if (!latest || date > latest) latest = date;
    }
  }
  return latest;
}

/**
 * Groups parsed files into law versions: files of one law and one date (民法典's 编 files) merge
 * into one version, articles in number order. Article numbers repeated across merged files are
 * reported, and that whole version is left out so no half-correct law is stored.
 */
export function groupLawVersions(
  files: { file: string; law: ParsedLawFile }[],
): { versions: LawVersionInput[]; issues: LawParseIssue[] } {
  // Files without a date in their name group by law first (民法典's 编 files each carry their own
  // history dates); the version date then comes from the history of the whole group.
  const byLaw = new Map<string, { file: string; law: ParsedLawFile }[]>();
  for (const entry of files) {
    const key = `${entry.law.slug}\u0000${entry.law.versionDate ?? ''}`;
    byLaw.set(key, [...(byLaw.get(key) ?? []), entry]);
  }
  const groups = new Map<string, { file: string; law: ParsedLawFile }[]>();
  for (const [key, entries] of byLaw) {
    const [slug, fileDate] = key.split('\u0000') as [string, string];
    const date = fileDate || latestHistoryDate(entries.flatMap((e) => e.law.history)) || 'undated';
    groups.set(`${slug}\u0000${date}`, [...(groups.get(`${slug}\u0000${date}`) ?? []), ...entries]);
  }
  const versions: LawVersionInput[] = [];
  const issues: LawParseIssue[] = [];
  for (const [key, all] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const entries = dropCopies(all);
    entries.sort((a, b) => (a.law.articles[0]?.number ?? 0) - (b.law.articles[0]?.number ?? 0));
    const first = entries[0]!.law;
    const articles = entries.flatMap((e) => e.law.articles).sort(byArticleOrder);
    const duplicate = articles.find((a, i) => i > 0 && byArticleOrder(articles[i - 1]!, a) === 0);
    if (duplicate) {
      issues.push({
        file: entries.map((e) => e.file).join(', '),
        line: duplicate.line,
        message: `同一版本中条号重复：${duplicate.numberText}，该版本未导入`,
      });
      continue;
    }
    const history = [...new Set(entries.flatMap((e) => e.law.history))];
    const sections = entries.flatMap((e) => e.law.sections);
    const sourceFiles = all.map((e) => e.file).sort();
    const body = JSON.stringify({ title: first.title, history, sections, articles: articles.map(stripLine) });
    versions.push({
      slug: first.slug,
      title: first.title,
      level: first.level,
      category: first.category,
      versionDate: key.split('\u0000')[1]!,
      history,
      sections,
      articles,
      sourceFiles,
      contentHash: createHash('sha256').update(body).digest('hex').slice(0, 32),
    });
  }
  return { versions, issues };
}

/**
 * The corpus files some laws under two folders (广告法 in 经济法 and 行政法) with identical articles
 * and only heading spacing or a 施行 line differing: keep one, so the copy is not a conflict.
 */
function dropCopies<T extends { law: ParsedLawFile }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    if (e.law.articles.length === 0) return true;
    const signature = JSON.stringify(e.law.articles.map((a) => [a.number, a.subNumber ?? 0, a.paragraphs]));
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

/** 第十七条 < 第十七条之一 < 第十八条. */
const byArticleOrder = (a: ParsedArticle, b: ParsedArticle) =>
  a.number - b.number || (a.subNumber ?? 0) - (b.subNumber ?? 0);

// Line numbers move when unrelated text is edited; they must not make content look changed.
const stripLine = ({ line: _line, ...rest }: ParsedArticle) => rest;
