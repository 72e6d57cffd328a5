/**
 * The search thesaurus: each target article must exist in the law's current version; a missing
 * one is refused with a Chinese message naming the law and article.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser, type TestUser, testPayload, unique } from '../helpers/payload';
import type { DocId } from '../../cms/relation';

let payload: Payload;
let reviewer: TestUser;
let law: { id: DocId; title: string };

beforeAll(async () => {
  payload = await testPayload();
  reviewer = await makeUser(payload, 'reviewer');
  const id = unique();
  law = await payload.create({ collection: 'laws', data: { title: `同义词测试法${id}`, slug: `同义词测试法${id}`, level: '法律' } });
  // Article 2 exists only in the old version: the alias must point into the current one.
  const old = await payload.create({ collection: 'law-versions', data: { label: '旧', law: law.id, title: law.title, versionDate: '2010-01-01' } });
  const current = await payload.create({ collection: 'law-versions', data: { label: '新', law: law.id, title: law.title, versionDate: '2020-01-01', isCurrent: true } });
  await payload.create({ collection: 'law-articles', data: { label: '第二条', law: law.id, version: old.id, number: 2, subNumber: 0, numberText: '第二条', text: '旧条文。' } });
  await payload.create({ collection: 'law-articles', data: { label: '第一条', law: law.id, version: current.id, number: 1, subNumber: 0, numberText: '第一条', text: '现行条文。' } });
});

const messages = (error: unknown): string[] =>
  ((error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []).map((e) => e.message);

describe('search-aliases', () => {
  it('a reviewer saves an entry whose articles exist in the current version', async () => {
    const doc = await payload.create({
      collection: 'search-aliases',
      data: { term: `常用说法${unique()}`, variants: ['别称'], articles: [{ law: law.id, article: 1 }] },
      user: reviewer,
      overrideAccess: false,
    });
    expect(doc.articles).toHaveLength(1);
  });

  it('refuses an article the current version does not have, naming it in Chinese', async () => {
    for (const article of [2, 99]) {
      const error = await payload
        .create({ collection: 'search-aliases', data: { term: `说法${unique()}`, articles: [{ law: law.id, article }] }, user: reviewer, overrideAccess: false })
        .catch((e: unknown) => e);
      expect(messages(error).join()).toContain(`《${law.title}》现行版本中没有第${article === 2 ? '二' : '九十九'}条`);
    }
    expect((await payload.count({ collection: 'search-aliases', where: { 'articles.article': { equals: 99 } } })).totalDocs).toBe(0);
  });

  it('refuses an entry without articles, a missing law and a repeated term', async () => {
    const term = `重复${unique()}`;
    await payload.create({ collection: 'search-aliases', data: { term, articles: [{ law: law.id, article: 1 }] } });
    const attempts = [
      { term: `空${unique()}`, articles: [] },
      { term: `无此法${unique()}`, articles: [{ law: 987654, article: 1 }] },
      { term, articles: [{ law: law.id, article: 1 }] },
    ];
    for (const data of attempts) {
      await expect(payload.create({ collection: 'search-aliases', data: data as never, user: reviewer, overrideAccess: false })).rejects.toThrow();
    }
  });
});
