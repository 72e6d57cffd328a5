/**
 * Practice statements as the quiz player sends them, built from the real quiz files in
 * content/quizzes, so tests master a lesson the way a learner does: by answering its questions.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LearningStatement } from '../../core/learning/statements';
import { encodeResponse } from '../../core/learning/xapi';
import { parseQuizFile } from '../../core/quiz/schema';
import type { QuizFile } from '../../core/quiz/types';

/** A published practice quiz by id (throws for an unknown id). */
export function practiceQuiz(quizId: string): QuizFile {
  const parsed = parseQuizFile(parseYaml(readFileSync(path.resolve('content/quizzes', `${quizId}.yaml`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.quiz;
}

/** A wrong response to a question (another option, or the opposite of a true/false key). */
const wrongResponse = (q: QuizFile['questions'][number]) =>
  q.type === 'truefalse' ? !q.answer : q.type === 'multiple' ? [q.options!.find((o) => !(q.answer as string[]).includes(o.id))!.id] : q.options!.find((o) => o.id !== q.answer)!.id;

/**
 * One sitting of a practice quiz: every question answered a second apart from `at`, all right
 * unless `wrong` says how many (from the first) are answered wrongly. The success flag is the
 * honest one; the server ignores it anyway.
 */
export function sitting(quizId: string, { at = new Date(), wrong = 0 }: { at?: Date; wrong?: number } = {}): LearningStatement[] {
  return practiceQuiz(quizId).questions.map((q, i) => ({
    id: randomUUID(),
    actor: { learnerId: 'local' },
    verb: 'answered',
    object: { id: q.id, type: 'question' },
    result: { success: i >= wrong, response: encodeResponse(i >= wrong ? q.answer : wrongResponse(q)) },
    timestamp: new Date(at.getTime() + i * 1000).toISOString(),
  }));
}

/** A client-reported quiz result, as the quiz player also sends it (credits nothing on its own). */
export const quizResult = (quizId: string, raw: number, max: number, at = new Date()): LearningStatement => ({
  id: randomUUID(),
  actor: { learnerId: 'local' },
  verb: raw / max >= 0.8 ? 'passed' : 'failed',
  object: { id: quizId, type: 'quiz' },
  result: { success: raw / max >= 0.8, score: { raw, max, scaled: raw / max } },
  timestamp: at.toISOString(),
});
