/** The demo seed is idempotent, and the server rejects invalid question-bank and media input. */
import type { CollectionSlug, Payload } from 'payload';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EXAM_BANK_DIR } from '../../cms/seed/question-bank';
import { seedDemo } from '../../cms/seed/seed-demo';
import { CORPUS_DIR } from '../helpers/corpus';
import { testPayload, unique } from '../helpers/payload';

let payload: Payload;
/** Questions in the exam-bank files, as the seed should store them. */
const bankFileQuestions = () =>
  readdirSync(EXAM_BANK_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .reduce((n, f) => n + (parseYaml(readFileSync(path.join(EXAM_BANK_DIR, f), 'utf8')) as { questions: unknown[] }).questions.length, 0);
const COUNTED: CollectionSlug[] = ['agencies', 'users', 'laws', 'law-versions', 'law-articles', 'questions', 'media'];
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
    // Two whole seeds of the demo library (about 50 law versions) on a shared 2-core machine.
  }, 240_000);

  it('links seeded questions to the law they cite', async () => {
    const q = (await payload.find({ collection: 'questions', where: { questionId: { equals: 'minfadian-hunyin-02' } }, depth: 1 })).docs[0];
    expect(q?.citeArticle).toBe(1042);
    expect(typeof q?.citeLaw === 'object' && q.citeLaw?.slug).toBe('民法典');
  });

  it('files practice questions and exam questions in separate pools', async () => {
    const pool = async (p: string) => (await payload.find({ collection: 'questions', where: { pool: { equals: p } }, pagination: false, depth: 0 })).docs;
    const practice = await pool('practice');
    const exam = await pool('exam');
    // Other tests add questions of their own to both pools (the default is exam): count the seeded ones,
    // and check no seeded question sits in the other pool.
    expect(practice.filter((q) => String(q.source).startsWith('content/quizzes/')).length).toBeGreaterThanOrEqual(72);
    expect(exam.filter((q) => String(q.source).startsWith('content/quizzes/'))).toEqual([]);
    expect(practice.filter((q) => String(q.source).startsWith('cms/seed/exam-bank/'))).toEqual([]);
    const seeded = exam.filter((q) => String(q.source).startsWith('cms/seed/exam-bank/'));
    expect(seeded.length).toBe(bankFileQuestions());
    expect(seeded.every((q) => q.citeLaw != null && q.citeArticle != null)).toBe(true);
  });

  it('refuses an exam-bank file whose citation names a missing article, storing none of its questions', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { seedQuestionFile } = await import('../../cms/seed/question-bank');
    const dir = mkdtempSync(path.join(tmpdir(), 'pufa-bank-'));
    const id = `bad-${unique()}`;
    writeFileSync(path.join(dir, `${id}.yaml`), [
      `id: ${id}`, 'title: 坏题库', 'questions:',
      `  - { id: ${id}-01, type: truefalse, stem: 宪法是国家的根本法。, answer: true, explanation: 宪法序言。, cite: { law: 宪法, article: 5 }, difficulty: 1 }`,
      `  - { id: ${id}-02, type: truefalse, stem: 宪法共有九百条。, answer: false, explanation: 没有这一条。, cite: { law: 宪法, article: 900 }, difficulty: 1 }`,
    ].join('\n'));
    await expect(seedQuestionFile(payload, path.join(dir, `${id}.yaml`), 'exam')).rejects.toThrow(/-02: 引用的《宪法》第九百条在法规库中不存在/);
    expect((await payload.count({ collection: 'questions', where: { questionId: { like: id } } })).totalDocs).toBe(0);
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
