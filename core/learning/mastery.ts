import type { LearningStatement } from './statements';
import type { LessonCatalog } from './types';

/** Scaled score a practice quiz needs for mastery (lesson completed, hours credited). */
export const DEFAULT_PRACTICE_PASS_MARK = 0.8;

/**
 * Ids of the lessons this statement completes: a "passed" or "completed" result on the lesson's
 * quiz whose score raw/max reaches the lesson's pass mark (its own, else `passMark`). The verb
 * alone never counts — a result with no score completes nothing; time on page never does.
 */
export function lessonsPassedBy(
  statement: LearningStatement,
  catalog: LessonCatalog,
  passMark = DEFAULT_PRACTICE_PASS_MARK,
): string[] {
  const { verb, object, result } = statement;
  if (object.type !== 'quiz' || (verb !== 'passed' && verb !== 'completed')) return [];
  const score = result?.score;
  if (!score || !(score.max > 0) || result?.success === false) return [];
  // raw/max, not the client's scaled value: the validator checks they agree, this does not rely on it.
  const scaled = score.raw / score.max;
  return catalog.filter((l) => l.quizId === object.id && scaled >= (l.passMark ?? passMark)).map((l) => l.id);
}
