import { isCorrect } from '../quiz/grade';
import type { AnswerKey, QuestionType } from '../quiz/types';
import type { LearningStatement } from './statements';
import type { DayKey } from './time';
import type { LessonCatalog, LessonInfo } from './types';
import { decodeResponse } from './xapi';

/** Scaled score a practice quiz needs for mastery (lesson completed, hours credited). */
export const DEFAULT_PRACTICE_PASS_MARK = 0.8;

/** Server-held practice keys: question id → type and answer. */
export type AnswerKeys = Readonly<Record<string, { type: QuestionType; answer: AnswerKey }>>;

/**
 * An answered statement graded with the server's key: true/false, or undefined when the
 * question is not in `keys` (an exam question, a removed one, a made-up id). The client's own
 * `success` flag is never read.
 */
export function gradeAnswer(statement: LearningStatement, keys: AnswerKeys): boolean | undefined {
  if (statement.verb !== 'answered' || statement.object.type !== 'question') return undefined;
  const key = Object.hasOwn(keys, statement.object.id) ? keys[statement.object.id] : undefined;
  return key ? isCorrect(key.answer, decodeResponse(statement.result?.response ?? '', key.type)) : undefined;
}

/** Per civil day, each question's first graded answer that day: day → question id → correct. */
export type DayAnswers = Record<DayKey, Record<string, boolean>>;

/** What one graded answer did to mastery. */
export interface MasteryStep {
  dayAnswers: DayAnswers;
  /** Lessons whose quiz stands at its pass mark after this answer (callers keep the first time). */
  mastered: string[];
  /** Quizzes whose first answers of this day are now all correct (callers keep the first time). */
  perfect: string[];
}

const passMarkOf = (lesson: LessonInfo, fallback: number) => lesson.passMark ?? fallback;

/**
 * The mastery rule, decided only from answers the server graded. Each question's FIRST answer
 * on a civil day is what counts for that day; a lesson is mastered on the first day whose first
 * answers to its quiz's questions reach the pass mark over ALL of them (unanswered = wrong).
 *
 * Why this rule: practice reveals the key after each answer, so an immediate retake would score
 * full marks from what was just shown. A same-day retake therefore changes nothing, while trying
 * again on a later day counts — recalling the answer after a night is the spaced retrieval that
 * practice is for. A client-reported quiz score (`passed`/`failed`) is never read.
 *
 * Returns the updated record (a new object) and what became mastered or perfect.
 */
export function recordGradedAnswer(
  dayAnswers: DayAnswers,
  answer: { day: DayKey; questionId: string; correct: boolean },
  catalog: LessonCatalog,
  passMark = DEFAULT_PRACTICE_PASS_MARK,
): MasteryStep {
  const today = dayAnswers[answer.day] ?? {};
  if (Object.hasOwn(today, answer.questionId)) return { dayAnswers, mastered: [], perfect: [] };
  const firsts = { ...today, [answer.questionId]: answer.correct };
  const next = { ...dayAnswers, [answer.day]: firsts };
  const mastered: string[] = [];
  const perfect = new Set<string>();
  for (const lesson of catalog) {
    const questions = lesson.questionIds;
    if (!questions.includes(answer.questionId)) continue;
    const right = questions.filter((q) => firsts[q] === true).length;
    // Compared in integers: 0.8 × 5 questions must mean 4, not 4.000000000000001.
    if (answer.correct && right * 1000 >= Math.round(passMarkOf(lesson, passMark) * 1000) * questions.length) mastered.push(lesson.id);
    if (answer.correct && right === questions.length) perfect.add(lesson.quizId);
  }
  return { dayAnswers: next, mastered, perfect: [...perfect] };
}
