/**
 * The texts of every version of laws that have more than one, for the site's version pages and
 * 本条修改情况 (read-only, through Payload's Local API). Laws with one version need nothing beyond
 * `loadSiteLaws`, which holds the current text.
 */
import type { Payload } from 'payload';
import { openPayload } from './local-api';
import type { LawArticle } from './payload-types';
import { relationId } from './relation';

/** One stored version's text as the comparison reads it. */
export interface SiteVersionText {
  versionDate: string;
  isCurrent: boolean;
  /** Set by an admin; otherwise derived from the text. */
  effectiveDate: string | null;
  history: string[];
  articles: { number: number; subNumber: number; numberText: string; chapterPath: string; text: string }[];
}

/** Dates admins set on a law and its versions (the corpus cannot always tell them). */
export interface StoredLawDates {
  repealedDate: string | null;
  /** Effective dates by version date, where set. */
  effective: Record<string, string>;
}

/** Version texts of laws with two or more versions, and stored dates of every law, by slug. */
export interface SiteLawVersions {
  texts: Map<string, SiteVersionText[]>;
  dates: Map<string, StoredLawDates>;
}

let textsPromise: Promise<SiteLawVersions> | undefined;

/** Version texts and stored dates by law slug. Cached per build. */
export function loadVersionTexts(): Promise<SiteLawVersions> {
  return (textsPromise ??= readVersionTexts());
}

async function readVersionTexts(): Promise<SiteLawVersions> {
  const p = await openPayload();
  const [laws, versions] = await Promise.all([
    p.find({ collection: 'laws', pagination: false, depth: 0 }),
    p.find({ collection: 'law-versions', pagination: false, depth: 0, sort: 'versionDate' }),
  ]);
  const slugOf = new Map(laws.docs.map((l) => [l.id, l.slug]));
  const dates = new Map<string, StoredLawDates>(laws.docs.map((l) => [l.slug, { repealedDate: l.repealedDate || null, effective: {} }]));
  for (const v of versions.docs) {
    const law = dates.get(slugOf.get(relationId(v.law)) ?? '');
    if (law && v.effectiveDate) law.effective[v.versionDate] = v.effectiveDate;
  }
  const byLaw = new Map<unknown, typeof versions.docs>();
  for (const v of versions.docs) {
    const list = byLaw.get(relationId(v.law));
    if (list) list.push(v);
    else byLaw.set(relationId(v.law), [v]);
  }
  const multi = [...byLaw.values()].filter((list) => list.length > 1).flat();
  const articles = await articlesOf(p, multi.map((v) => v.id));
  const result = new Map<string, SiteVersionText[]>();
  for (const v of multi) {
    const slug = slugOf.get(relationId(v.law));
    if (!slug) continue;
    const text: SiteVersionText = {
      versionDate: v.versionDate,
      isCurrent: !!v.isCurrent,
      effectiveDate: v.effectiveDate || null,
      history: (v.history ?? '').split('\n').filter(Boolean),
      articles: (articles.get(v.id) ?? []).map((a) => ({
        number: a.number,
        subNumber: a.subNumber ?? 0,
        numberText: a.numberText,
        chapterPath: a.chapterPath ?? '',
        text: a.text,
      })),
    };
    const list = result.get(slug);
    if (list) list.push(text);
    else result.set(slug, [text]);
  }
  return { texts: result, dates };
}

/** Articles of the given versions, one query per version (a version has at most a few thousand). */
async function articlesOf(p: Payload, versionIds: number[]): Promise<Map<number, LawArticle[]>> {
  const entries = await Promise.all(
    versionIds.map(async (id) => {
      const { docs } = await p.find({ collection: 'law-articles', depth: 0, pagination: false, where: { version: { equals: id } }, sort: ['number', 'subNumber'] });
      return [id, docs] as const;
    }),
  );
  return new Map(entries);
}
