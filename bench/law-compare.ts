/**
 * Compares every law's consecutive versions in the whole corpus, article by article, and prints
 * the number of law pairs and articles, total seconds, median/p95 per pair and the kinds histogram.
 * Run alone: `npx tsx bench/law-compare.ts` (corpus from PUFA_CORPUS_DIR or ../shared/corpus/laws).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compareVersions, diffText, toComparable, type ArticleChangeKind } from '../core/law/compare';
import { groupLawVersions, type LawVersionInput } from '../core/law/group-versions';
import { parseLawMarkdown } from '../core/law/parse-law-markdown';
import { fmt, summarize } from './stats';

/** Every dated version of every law in the corpus, grouped by slug and in date order. */
function loadVersions(corpusDir: string): Map<string, LawVersionInput[]> {
  const files = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.endsWith('_index.md'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  const parsed = files.flatMap((file) => {
    const law = parseLawMarkdown({ text: readFileSync(path.join(corpusDir, file), 'utf8'), path: file }).law;
    return law ? [{ file, law }] : [];
  });
  const bySlug = new Map<string, LawVersionInput[]>();
  for (const v of groupLawVersions(parsed).versions) bySlug.set(v.slug, [...(bySlug.get(v.slug) ?? []), v]);
  for (const list of bySlug.values()) list.sort((a, b) => a.versionDate.localeCompare(b.versionDate));
  return bySlug;
}

/** Runs the comparison over the corpus and prints one summary line. */
export function benchLawCompare(corpusDir: string): void {
  const loadStart = performance.now();
  const bySlug = loadVersions(corpusDir);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const kinds: Record<ArticleChangeKind, number> = { unchanged: 0, modified: 0, added: 0, deleted: 0, renumbered: 0 };
  const perPair: number[] = [];
  let articles = 0;
  let diffs = 0;
  let diffMs = 0;
  let slowest = { ms: 0, law: '' };
  const start = performance.now();
  for (const [slug, versions] of bySlug) {
    for (let k = 1; k < versions.length; k++) {
      const from = versions[k - 1]!.articles.map(toComparable);
      const to = versions[k]!.articles.map(toComparable);
      const t = performance.now();
      const changes = compareVersions(from, to);
      const matched = performance.now();
      // The law page shows a character diff for every changed article: part of the cost.
      for (const c of changes) {
        if (c.from && c.to && c.textChanged) {
          diffText(c.from.text, c.to.text);
          diffs++;
        }
        kinds[c.kind]++;
      }
      const ms = performance.now() - t;
      diffMs += performance.now() - matched;
      perPair.push(ms);
      if (ms > slowest.ms) slowest = { ms, law: `${slug} ${versions[k - 1]!.versionDate}→${versions[k]!.versionDate}` };
      articles += from.length + to.length;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const s = summarize(perPair);
  const laws = [...bySlug.values()].filter((v) => v.length > 1).length;
  console.log(
    `law-compare laws_with_versions=${laws} pairs=${perPair.length} articles=${articles} diffs=${diffs} diff_s=${fmt(diffMs / 1000, 2)} ` +
      `total_s=${fmt(seconds, 2)} pair_median_ms=${fmt(s.median, 2)} pair_p95_ms=${fmt(s.p95, 2)} ` +
      `pair_max_ms=${fmt(s.max, 0)} (${slowest.law}) parse_s=${fmt(loadSeconds, 1)} ` +
      `kinds=${Object.entries(kinds).map(([k, n]) => `${k}:${n}`).join(',')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchLawCompare(path.resolve(process.env.PUFA_CORPUS_DIR ?? '../shared/corpus/laws'));
}
