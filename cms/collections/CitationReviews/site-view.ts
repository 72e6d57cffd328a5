/**
 * Open 待复核 flags as the site build reads them (Local API, read-only): the lesson and quiz pages
 * show a notice for each, and the build lists them all. Plain JSON-safe records.
 */
import type { CitationChange, CitingKind } from '../../../core/vocabulary/citation-review';
import { openPayload } from '../../local-api';
import { relationKey } from '../../relation';

/** One open flag: which content, which article, what happened to it in which version. */
export interface OpenCitationFlag {
  kind: CitingKind;
  sourceId: string;
  law: string;
  article: number;
  newArticle?: number;
  changeKind: CitationChange;
  newVersion: string;
}

let flagsPromise: Promise<OpenCitationFlag[]> | undefined;

/** Every open flag, read once per build. */
export function loadOpenCitationFlags(): Promise<OpenCitationFlag[]> {
  return (flagsPromise ??= readFlags());
}

async function readFlags(): Promise<OpenCitationFlag[]> {
  const payload = await openPayload();
  const [flags, laws] = await Promise.all([
    payload.find({ collection: 'citation-reviews', where: { status: { equals: 'open' } }, pagination: false, depth: 0, sort: 'label' }),
    payload.find({ collection: 'laws', pagination: false, depth: 0, select: { slug: true } }),
  ]);
  const slugs = new Map(laws.docs.map((l) => [relationKey(l.id), l.slug]));
  return flags.docs.map((f) => ({
    kind: f.sourceKind,
    sourceId: f.sourceId,
    law: slugs.get(relationKey(f.law)) ?? '',
    article: f.article,
    ...(f.newArticle ? { newArticle: f.newArticle } : {}),
    changeKind: f.changeKind,
    newVersion: f.newVersion,
  }));
}
