import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import { answerToText } from '../../core/quiz/answer-text';
import { citationLabel } from '../../core/quiz/citation';
import { AUDIENCES, isAudience } from '../../core/vocabulary/learning';
import { parseQuizFile } from '../../core/quiz/schema';
import type { QuizFile } from '../../core/quiz/types';
import { parse as parseYaml } from 'yaml';
import { CMS_DIR, ROOT_DIR } from '../paths';
import { relationKey } from '../relation';
import { readQuizFiles } from './quiz-files';
import { ensureDoc } from './upsert';
import type { DocId } from '../relation';

/** The exam pool's seed files: server-only, never read by the site build. */
export const EXAM_BANK_DIR = path.join(CMS_DIR, 'seed', 'exam-bank');

/**
 * The question bank: every practice question from content/quizzes (pool `practice`, also
 * published with its lesson) and the exam questions from cms/seed/exam-bank (pool `exam`,
 * never published). Quizzes themselves live only in content/quizzes (the site and the catalog
 * read them there).
 */
export async function seedQuestionBank(payload: Payload, log: (m: string) => void) {
  const lawIds = await lawIdsBySlug(payload);
  const practice = await readQuizFiles(path.join(ROOT_DIR, 'content', 'quizzes'));
  let practiceCount = 0;
  for (const quiz of practice) {
    practiceCount += (await upsertQuestions(payload, quiz, 'practice', `content/quizzes/${quiz.id}.yaml`, lawIds)).length;
  }
  const exam = await readQuizFiles(EXAM_BANK_DIR);
  let examCount = 0;
  for (const file of exam) examCount += (await upsertQuestions(payload, file, 'exam', `cms/seed/exam-bank/${file.id}.yaml`, lawIds)).length;
  log(`题库：练习题 ${practiceCount} 道（${practice.length} 套测验），考试题 ${examCount} 道`);
}

/** Seeds one question file into a pool; a broken file or citation stores none of it. */
export async function seedQuestionFile(payload: Payload, file: string, pool: 'practice' | 'exam') {
  let parsed: ReturnType<typeof parseQuizFile>;
  try {
    parsed = parseQuizFile(parseYaml(await readFile(file, 'utf8')));
  } catch (error) {
    throw new Error(`${file}: YAML 格式错误：${(error as Error).message}`);
  }
  if (!parsed.ok) throw new Error(`${file}:\n  - ${parsed.errors.join('\n  - ')}`);
  return upsertQuestions(payload, parsed.quiz, pool, path.relative(ROOT_DIR, file), await lawIdsBySlug(payload));
}

async function lawIdsBySlug(payload: Payload): Promise<Map<string, DocId>> {
  return new Map((await payload.find({ collection: 'laws', pagination: false, depth: 0 })).docs.map((l) => [l.slug, l.id]));
}

async function upsertQuestions(payload: Payload, file: QuizFile, pool: 'practice' | 'exam', source: string, lawIds: Map<string, DocId>) {
  // Check every citation first (one query per file), so a file with a wrong one stores none of it.
  const laws = [...new Set(file.questions.map((q) => lawIds.get(q.cite.law)).filter((id) => id != null))];
  const cited = laws.length
    ? (await payload.find({
        collection: 'law-articles',
        where: { and: [{ law: { in: laws } }, { number: { in: [...new Set(file.questions.map((q) => q.cite.article))] } }] },
        select: { law: true, number: true },
        pagination: false,
        depth: 0,
      })).docs
    : [];
  const existing = new Set(cited.map((a) => `${relationKey(a.law)}#${a.number}`));
  const problems = file.questions
    .filter((q) => !existing.has(`${String(lawIds.get(q.cite.law))}#${q.cite.article}`))
    .map((q) => `${q.id}: 引用的${citationLabel(q.cite)}在法规库中不存在`);
  if (problems.length) throw new Error(`${source}:\n  - ${problems.join('\n  - ')}`);
  const ids = [];
  for (const q of file.questions) {
    const data = {
      questionId: q.id,
      pool,
      type: q.type,
      stem: q.stem,
      options: q.options?.map((o) => ({ key: o.id, text: o.text })),
      answer: answerToText(q.answer),
      explanation: q.explanation,
      citeLaw: lawIds.get(q.cite.law),
      citeArticle: q.cite.article,
      citeVersion: q.cite.version,
      difficulty: q.difficulty,
      audiences: (q.audiences ?? AUDIENCES).filter(isAudience),
      source,
    };
    ids.push((await ensureDoc(payload, 'questions', { questionId: { equals: q.id } }, data)).id);
  }
  return ids;
}
