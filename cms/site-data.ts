/**
 * Read-only views of CMS data for the static-site build, through Payload's Local API.
 * Returns plain JSON-safe objects; the site never sees Payload types.
 */
import type { Payload } from 'payload';
import { openPayload } from './local-api';
import { relationId as idOf } from './relation';

let payloadPromise: Promise<Payload> | undefined;
const payload = () => (payloadPromise ??= openPayload());

/** A law as the site shows it: the current version's text and articles, and every version's date. */
export type SiteLaw = Awaited<ReturnType<typeof readLaws>>[number];

let lawsPromise: Promise<SiteLaw[]> | undefined;

/** Every law with the articles of its current version, sorted by title. Cached per build. */
export function loadSiteLaws(): Promise<SiteLaw[]> {
  return (lawsPromise ??= readLaws());
}

async function readLaws() {
  const p = await payload();
  const [laws, versions, articles] = await Promise.all([
    p.find({ collection: 'laws', pagination: false, depth: 0, sort: 'title' }),
    p.find({ collection: 'law-versions', pagination: false, depth: 0, sort: '-versionDate' }),
    currentArticles(p),
  ]);
  const articlesByVersion = groupBy(articles, (a) => idOf(a.version));
  const versionsByLaw = groupBy(versions.docs, (v) => idOf(v.law));
  return laws.docs.map((law) => {
    const own = versionsByLaw.get(law.id) ?? [];
    const current = own.find((v) => v.isCurrent) ?? own[0];
    return {
      slug: law.slug,
      title: law.title,
      level: law.level,
      category: law.category ?? '',
      versionDate: current?.versionDate ?? '',
      history: current?.history ?? '',
      sections: current?.sections ?? [],
      versions: own.map((v) => ({ versionDate: v.versionDate, isCurrent: !!v.isCurrent, articleCount: v.articleCount ?? 0 })),
      articles: (current ? (articlesByVersion.get(current.id) ?? []) : []).map((a) => ({
        number: a.number,
        // 1 for 第十七条之一; 0 for ordinary articles.
        subNumber: a.subNumber ?? 0,
        numberText: a.numberText,
        chapterPath: a.chapterPath ?? '',
        text: a.text,
      })),
    };
  });
}

/**
 * Articles of current versions, read in pages: the full corpus has ~80,000, and one query for all
 * of them exceeds SQLite's limit on bound variables when Payload loads their relations.
 */
async function currentArticles(p: Payload) {
  const docs = [];
  for (let page = 1; ; page += 1) {
    const batch = await p.find({
      collection: 'law-articles',
      depth: 0,
      limit: 5000,
      page,
      where: { 'version.isCurrent': { equals: true } },
      sort: ['law', 'number', 'subNumber'],
    });
    docs.push(...batch.docs);
    if (!batch.hasNextPage) return docs;
  }
}

// Map.groupBy needs Node 21+; this project runs on Node 20.
function groupBy<T>(items: T[], key: (item: T) => unknown): Map<unknown, T[]> {
  const groups = new Map<unknown, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
