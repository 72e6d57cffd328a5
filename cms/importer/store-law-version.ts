import type { Payload, PayloadRequest } from 'payload';
import type { LawVersionInput } from '../../core/law/group-versions';
import { yieldToServer } from './yield';

export type StoreOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Writes one law version inside the caller's transaction: upserts the law, the version and
 * replaces the version's articles. Article rows go through `payload.db` (adapter-level, no
 * per-row hooks) because they are parser-validated and a full corpus has ~10^5 of them.
 */
export async function storeLawVersion(payload: Payload, req: PayloadRequest, v: LawVersionInput): Promise<StoreOutcome> {
  const lawData = { title: v.title, slug: v.slug, level: v.level, category: v.category };
  const existingLaw = (await payload.find({ collection: 'laws', where: { slug: { equals: v.slug } }, limit: 1, req, depth: 0 })).docs[0];
  const law = existingLaw ?? (await payload.create({ collection: 'laws', data: lawData, req }));

  const existing = (
    await payload.find({
      collection: 'law-versions',
      where: { and: [{ law: { equals: law.id } }, { versionDate: { equals: v.versionDate } }] },
      limit: 1,
      req,
      depth: 0,
    })
  ).docs[0];
  if (existing && existing.contentHash === v.contentHash) {
    // The hash covers the text only: a level the folder rules now read differently (a province's
    // 地方性法规 once stored as 其他) is corrected without touching the articles.
    if (existingLaw && (existingLaw.level !== v.level || existingLaw.category !== v.category)) {
      await payload.update({ collection: 'laws', id: law.id, data: lawData, req, depth: 0 });
    }
    return 'unchanged';
  }

  const versionData = {
    label: `${v.title}（${v.versionDate}）`,
    law: law.id,
    title: v.title,
    versionDate: v.versionDate,
    history: v.history.join('\n'),
    sections: v.sections,
    articleCount: v.articles.length,
    sourceFiles: v.sourceFiles,
    contentHash: v.contentHash,
  };
  const version = existing
    ? await payload.update({ collection: 'law-versions', id: existing.id, data: versionData, req, depth: 0 })
    : await payload.create({ collection: 'law-versions', data: versionData, req, depth: 0 });
  if (existing) {
    await payload.db.deleteMany({ collection: 'law-articles', where: { version: { equals: version.id } }, req });
  }
  const shortTitle = v.slug;
  for (const [i, a] of v.articles.entries()) {
    if (i % 50 === 49) await yieldToServer();
    await payload.db.create({
      collection: 'law-articles',
      req,
      data: {
        label: `${shortTitle} ${a.numberText}`,
        law: law.id,
        version: version.id,
        number: a.number,
        subNumber: a.subNumber ?? 0,
        numberText: a.numberText,
        chapterPath: a.chapterPath.join(' / '),
        text: a.paragraphs.join('\n'),
      },
    });
  }
  if (existingLaw) await payload.update({ collection: 'laws', id: law.id, data: lawData, req, depth: 0 });
  await markCurrentVersion(payload, req, law.id);
  return existing ? 'updated' : 'created';
}

/** The latest dated version is current; the law records its date and article count. */
async function markCurrentVersion(payload: Payload, req: PayloadRequest, lawId: number | string) {
  const versions = await payload.find({
    collection: 'law-versions',
    where: { law: { equals: lawId } },
    sort: '-versionDate',
    limit: 1000,
    depth: 0,
    req,
  });
  const current = versions.docs[0];
  for (const doc of versions.docs) {
    const isCurrent = doc.id === current?.id;
    if (doc.isCurrent !== isCurrent) {
      await payload.update({ collection: 'law-versions', id: doc.id, data: { isCurrent }, req, depth: 0 });
    }
  }
  await payload.update({
    collection: 'laws',
    id: lawId,
    data: { currentVersionDate: current?.versionDate, articleCount: current?.articleCount ?? 0 },
    req,
    depth: 0,
  });
}
