import type { AnswerKey, QuizQuestion } from './types';

/** What a learner submitted for one question. */
export type Response = string | string[] | boolean | null | undefined;

export interface QuestionResult {
  questionId: string;
  correct: boolean;
}

export interface QuizScore {
  correct: number;
  total: number;
  /** 0–100, rounded to an integer. */
  percent: number;
  results: QuestionResult[];
}

/** True when the response matches the key exactly (multiple choice: same set, no partial credit). */
export function isCorrect(key: AnswerKey, response: Response): boolean {
  if (typeof key === 'boolean') return response === key;
  if (typeof key === 'string') return response === key;
  if (!Array.isArray(response)) return false;
  const given = new Set(response);
  return given.size === key.length && key.every((k) => given.has(k));
}

/** Grade a set of responses keyed by question id; unanswered questions count as wrong. */
export function gradeQuiz(
  questions: Pick<QuizQuestion, 'id' | 'answer'>[],
  responses: Record<string, Response>,
): QuizScore {
  const results = questions.map((q) => ({ questionId: q.id, correct: isCorrect(q.answer, responses[q.id]) }));
  const correct = results.filter((r) => r.correct).length;
  const total = questions.length;
  return { correct, total, percent: total ? Math.round((correct / total) * 100) : 0, results };
}
