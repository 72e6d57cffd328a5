/**
 * What the learning rules need from content and the bank: the lesson catalog (front matter of
 * content/lessons, with each quiz's question ids from content/quizzes), the tracks, and the
 * server-held PRACTICE keys used to grade practice answers. Exam keys never enter this module:
 * practice grading that read them would let any learner probe the exam through their XP.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import { parseLessonFile, parseTracksFile } from '../../core/content/lesson-front-matter';
import type { LessonCatalog, TrackInfo } from '../../core/learning/types';
import type { AnswerKeys } from '../../core/learning/mastery';
import type { PracticeScope } from '../../core/learning/statement-scope';
import type { AnswerKey, QuestionType } from '../../core/quiz/types';
import { answerFromText } from '../../core/quiz/answer-text';
import { ROOT_DIR } from '../paths';
import { readQuizFiles } from '../seed/quiz-files';
import { ttlCache } from './ttl-cache';

let catalog: Promise<{ lessons: LessonCatalog; tracks: TrackInfo[] }> | undefined;

/** Lessons and tracks from content/ through the content schema (read once per process). */
export function lessonCatalog() {
  return (catalog ??= (async () => {
    const dir = path.join(ROOT_DIR, 'content', 'lessons');
    const quizzes = new Map((await readQuizFiles(path.join(ROOT_DIR, 'content', 'quizzes'))).map((q) => [q.id, q.questions.map((x) => x.id)]));
    const lessons = await Promise.all(
      (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort().map(async (file) => {
        const { data } = parseLessonFile(await readFile(path.join(dir, file), 'utf8'), path.join('content', 'lessons', file));
        return {
          id: file.replace(/\.mdx$/, ''),
          quizId: data.quiz ?? '',
          questionIds: quizzes.get(data.quiz ?? '') ?? [],
          tracks: data.tracks,
          laws: data.laws,
          hours: data.hours,
        };
      }),
    );
    const tracks = parseTracksFile(await readFile(path.join(ROOT_DIR, 'content', 'tracks.yaml'), 'utf8')).map(({ id, title }) => ({ id, title }));
    return { lessons, tracks };
  })());
}

/** Upper bound on staleness: a read racing an uncommitted edit may cache the old bank. */
const bankCache = ttlCache<unknown>(60_000);

/**
 * A value derived from the question bank, read at most once a minute and again after any
 * question changes (the Questions collection's hooks call forgetBankCaches). One cache per
 * process, as there is one Payload instance per process.
 */
export const fromBankCache = <T>(name: string, read: () => Promise<T>): Promise<T> => bankCache.get(name, read) as Promise<T>;

/** Drop every cached bank view; the next read goes to the database. */
export const forgetBankCaches = (): void => bankCache.clear();

/** What a learner may report about (see outsidePractice): practice questions, quizzes, lessons (cached). */
export const practiceScope = (payload: Payload): Promise<PracticeScope> =>
  fromBankCache('practice-scope', async () => {
    const [keys, { lessons }] = await Promise.all([practiceKeys(payload), lessonCatalog()]);
    return { questionIds: new Set(Object.keys(keys)), quizIds: new Set(lessons.map((l) => l.quizId)), lessonIds: new Set(lessons.map((l) => l.id)) };
  });

/** Practice questionId → type and key, for grading practice answers (cached, see fromBankCache). */
export const practiceKeys = (payload: Payload): Promise<AnswerKeys> => fromBankCache('practice-keys', () => readPracticeKeys(payload));

async function readPracticeKeys(payload: Payload): Promise<AnswerKeys> {
  const docs = (
    await payload.find({ collection: 'questions', where: { pool: { equals: 'practice' } }, pagination: false, depth: 0, overrideAccess: true })
  ).docs;
  const keys: Record<string, { type: QuestionType; answer: AnswerKey }> = {};
  for (const q of docs) {
    const parsed = answerFromText(q.answer, q.type, (q.options ?? []).map((o: { key: string }) => o.key));
    if (parsed.ok) keys[q.questionId] = { type: q.type as QuestionType, answer: parsed.answer };
  }
  return keys;
}
