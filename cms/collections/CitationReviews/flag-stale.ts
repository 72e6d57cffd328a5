/**
 * Raises 待复核 flags when a new version of a law is stored: every lesson, practice question and
 * exam question citing an article of that law is compared from its pinned version to the new
 * one (core/citations/stale decides). Runs inside the importer's transaction, so a version is
 * never stored without its flags.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload, PayloadRequest } from 'payload';
import { type ArticleChange, compareVersions } from '../../../core/law/compare';
import { citationKey, citationsToCheck, effectivePin, type PinnedCitation, staleCitation } from '../../../core/citations/stale';
import { citationLabel, citationsInMdx } from '../../../core/quiz/citation';
import { CITING_KIND_LABELS } from '../../../core/vocabulary/citation-review';
import type { CitationReview, LawVersion } from '../../payload-types';
import { ROOT_DIR } from '../../paths';
import { type DocId, relationKey } from '../../relation';

type Citing = PinnedCitation & { question?: DocId };

/** Folder of the lesson files (PUFA_LESSONS_DIR lets tests cite from fixture lessons). */
const lessonsDir = () => process.env.PUFA_LESSONS_DIR ?? path.join(ROOT_DIR, 'content', 'lessons');

/** Every <Cite> of every lesson file. */
export async function lessonCitations(dir = lessonsDir()): Promise<Citing[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  const lists = await Promise.all(
    files.map(async (file) =>
      citationsInMdx(await readFile(path.join(dir, file), 'utf8')).map((c) => ({ kind: 'lesson' as const, sourceId: file.replace(/\.mdx$/, ''), ...c })),
    ),
  );
  return lists.flat();
}

/** Questions of both pools citing one law (practice questions are seeded from content/quizzes with their pins). */
async function questionCitations(payload: Payload, req: PayloadRequest, lawId: DocId, slug: string): Promise<Citing[]> {
  const docs = (await payload.find({ collection: 'questions', where: { citeLaw: { equals: lawId } }, pagination: false, depth: 0, req, overrideAccess: true })).docs;
  return docs.map((q) => ({
    kind: q.pool === 'exam' ? 'exam' : 'practice',
    sourceId: q.questionId,
    law: slug,
    article: q.citeArticle ?? 0,
    ...(q.citeVersion ? { version: q.citeVersion } : {}),
    question: q.id,
  }));
}

/**
 * Flags the citations that the just-stored version `versionDate` of the law `slug` made stale;
 * returns how many flags were raised or brought up to date (an open flag for the same change is
 * left as it is). Nothing happens unless that version
 * is the law's newest (an older version imported late changes no citation).
 */
export async function flagStaleCitations(payload: Payload, req: PayloadRequest, { slug, versionDate }: { slug: string; versionDate: string }): Promise<number> {
  const law = (await payload.find({ collection: 'laws', where: { slug: { equals: slug } }, limit: 1, depth: 0, req, overrideAccess: true, select: { slug: true } })).docs[0];
  if (!law) return 0;
  const lawId = law.id;
  const versions = (await payload.find({ collection: 'law-versions', where: { law: { equals: lawId } }, sort: 'versionDate', pagination: false, depth: 0, req, overrideAccess: true, select: { versionDate: true } })).docs;
  const newest = versions.at(-1);
  if (!newest || newest.versionDate !== versionDate || versions.length < 2) return 0;
  const citations = citationsToCheck([...(await lessonCitations()), ...(await questionCitations(payload, req, lawId, law.slug))], law.slug, newest.versionDate);
  if (!citations.length) return 0;

  const reviews = (await payload.find({ collection: 'citation-reviews', where: { law: { equals: lawId } }, pagination: false, depth: 0, req, overrideAccess: true })).docs;
  const keyOf = (r: CitationReview) => citationKey({ kind: r.sourceKind, sourceId: r.sourceId, law: law.slug, article: r.article });
  const accepted = groupBy(reviews.filter((r) => r.status === 'reviewed'), keyOf);
  const open = new Map(reviews.filter((r) => r.status === 'open').map((r) => [keyOf(r), r]));
  const changesFrom = comparisons(payload, req, versions, newest);
  const before = versions.at(-2)!.versionDate;

  let flagged = 0;
  for (const c of citations) {
    const key = citationKey(c);
    const pin = effectivePin(c.version, (accepted.get(key) ?? []).map((r) => r.newVersion), before)!;
    if (pin >= newest.versionDate) continue;
    // A pin between stored versions counts as the stored version in force on that date.
    const pinned = versions.filter((v) => v.versionDate <= pin).at(-1);
    if (!pinned) continue;
    const stale = staleCitation(await changesFrom(pinned), c.article);
    if (!stale) continue;
    const data = {
      label: `${CITING_KIND_LABELS[c.kind]} ${c.sourceId}：${citationLabel(c)}`,
      status: 'open' as const,
      sourceKind: c.kind,
      sourceId: c.sourceId,
      question: c.question ?? null,
      law: lawId,
      article: c.article,
      newArticle: stale.newArticle ?? null,
      pinnedVersion: pinned.versionDate,
      newVersion: newest.versionDate,
      changeKind: stale.changeKind,
      diff: stale.diff,
    };
    const existing = open.get(key);
    // Already flagged for this very change (the same version stored again): nothing to write.
    if (existing && existing.newVersion === data.newVersion && existing.pinnedVersion === data.pinnedVersion) continue;
    if (existing) await payload.update({ collection: 'citation-reviews', id: existing.id, data, req, depth: 0, overrideAccess: true });
    else await payload.create({ collection: 'citation-reviews', data, req, depth: 0, overrideAccess: true });
    flagged += 1;
  }
  return flagged;
}

type VersionRef = Pick<LawVersion, 'id' | 'versionDate'>;

/** Comparisons from each pinned version to the newest, each computed once. */
function comparisons(payload: Payload, req: PayloadRequest, versions: VersionRef[], newest: VersionRef) {
  const articlesOf = async (v: VersionRef) =>
    (await payload.find({ collection: 'law-articles', where: { version: { equals: v.id } }, sort: ['number', 'subNumber'], pagination: false, depth: 0, req, overrideAccess: true, select: { number: true, subNumber: true, numberText: true, text: true } })).docs;
  let newArticles: ReturnType<typeof articlesOf> | undefined;
  const cache = new Map<string, Promise<ArticleChange[]>>();
  return (pinned: VersionRef): Promise<ArticleChange[]> => {
    const key = relationKey(pinned.id);
    if (!cache.has(key)) {
      newArticles ??= articlesOf(newest);
      cache.set(key, Promise.all([articlesOf(pinned), newArticles]).then(([from, to]) => compareVersions(from, to)));
    }
    return cache.get(key)!;
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
