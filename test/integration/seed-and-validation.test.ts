/** The demo seed is idempotent, and the server rejects invalid question-bank and media input. */
import type { CollectionSlug, Payload } from 'payload';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../cms/seed/seed-demo';
import { CORPUS_DIR } from '../helpers/corpus';
import { testPayload, unique } from '../helpers/payload';

let payload: Payload;
const COUNTED: CollectionSlug[] = ['agencies', 'users', 'laws', 'law-versions', 'law-articles', 'questions', 'quizzes', 'media'];
const counts = async () =>
  Object.fromEntries(await Promise.all(COUNTED.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs])));

beforeAll(async () => {
  payload = await testPayload();
});

describe('demo seed', () => {
  it('creates every role, the demo laws and the question bank, and a second run adds nothing', async () => {
    const quiet = () => {};
    await seedDemo({ payload, corpusDir: CORPUS_DIR, log: quiet });
    const first = await counts();
    const roles = new Set((await payload.find({ collection: 'users', pagination: false })).docs.map((u) => u.role));
    expect([...roles].sort()).toEqual(['admin', 'agency-editor', 'reviewer', 'teacher']);
    expect(first.questions).toBeGreaterThanOrEqual(60);
    const civil = (await payload.find({ collection: 'laws', where: { slug: { equals: '民法典' } } })).docs[0];
    expect(civil?.articleCount).toBe(1260);
    const minors = (await payload.find({ collection: 'laws', where: { slug: { equals: '未成年人保护法' } } })).docs[0];
    expect(minors?.currentVersionDate).toBe('2024-04-26');

    await seedDemo({ payload, corpusDir: CORPUS_DIR, log: quiet });
    expect(await counts()).toEqual(first);
  });

  it('links seeded questions to the law they cite', async () => {
    const q = (await payload.find({ collection: 'questions', where: { questionId: { equals: 'minfadian-hunyin-02' } }, depth: 1 })).docs[0];
    expect(q?.citeArticle).toBe(1042);
    expect(typeof q?.citeLaw === 'object' && q.citeLaw?.slug).toBe('民法典');
  });
});

describe('server-side validation', () => {
  const question = (answer: string, type = 'single') => ({
    questionId: `v-${unique()}`,
    type,
    stem: '下列说法正确的是？',
    options: [{ key: 'a', text: '甲' }, { key: 'b', text: '乙' }, { key: 'c', text: '丙' }],
    answer,
    explanation: '因为如此。',
  });

  it.each([
    ['an answer that is not an option', question('d')],
    ['two answers for a single-choice question', question('a,b')],
    ['one answer for a multiple-choice question', question('a', 'multiple')],
    ['a true/false answer that is not true or false', question('yes', 'truefalse')],
  ])('rejects %s and stores nothing', async (_label, data) => {
    const before = (await payload.count({ collection: 'questions' })).totalDocs;
    await expect(payload.create({ collection: 'questions', data: data as never })).rejects.toThrow(/答案|选项|true/);
    expect((await payload.count({ collection: 'questions' })).totalDocs).toBe(before);
  });

  it('rejects a duplicate question id', async () => {
    const data = question('a');
    await payload.create({ collection: 'questions', data: data as never });
    await expect(payload.create({ collection: 'questions', data: data as never })).rejects.toThrow();
  });

  it('rejects a transcript that is not WebVTT', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
    await expect(
      payload.create({
        collection: 'media',
        data: { title: '坏字幕', artForm: '评书', transcript: '这不是字幕' } as never,
        file: { data: png, mimetype: 'image/png', name: 'x.png', size: png.length },
      }),
    ).rejects.toThrow(/WebVTT/);
  });

  it('rejects an agency editor without an agency', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `e-${unique()}@t.local`, password: 'pw-123456', name: '无单位', role: 'agency-editor' },
      }),
    ).rejects.toThrow(/单位/);
  });
});
