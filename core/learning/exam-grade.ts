import { gradeQuiz, type Response } from '../quiz/grade';
import type { DrawnExam, ExamQuestion } from './exam-draw';

/** The graded paper. `percent` is exact (not rounded); display rounding is the UI's job. */
export interface ExamResult {
  correct: number;
  total: number;
  points: number;
  maxPoints: number;
  percent: number;
  results: { questionId: string; correct: boolean; points: number }[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function shapeError(q: ExamQuestion, value: unknown): string | null {
  if (value === null || value === undefined) return null; // unanswered: allowed, scores 0
  const ids = (q.options ?? []).map((o) => o.id);
  if (q.type === 'truefalse') return typeof value === 'boolean' ? null : 'a true/false question needs a boolean';
  if (q.type === 'single') {
    if (typeof value !== 'string') return 'a single-choice question needs one option id';
    return ids.includes(value) ? null : `option "${value}" does not exist`;
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    return 'a multiple-choice question needs a list of option ids';
  }
  if (new Set(value).size !== value.length) return 'an option is listed twice';
  const unknown = value.filter((v) => !ids.includes(v as string));
  return unknown.length ? `option(s) ${unknown.join(', ')} do not exist` : null;
}

/**
 * Check untrusted responses against this attempt's paper: a plain object keyed by question id,
 * only ids of this paper, each value of the right shape for its question type (null/absent =
 * unanswered). Returns every problem, in English (they indicate a client bug or tampering).
 */
export function validateResponses(
  exam: DrawnExam,
  responses: unknown,
): { ok: true; responses: Record<string, Response> } | { ok: false; errors: string[] } {
  if (!isPlainObject(responses)) return { ok: false, errors: ['responses: must be an object keyed by question id'] };
  const byId = new Map(exam.questions.map((q) => [q.id, q]));
  const errors: string[] = [];
  const clean: Record<string, Response> = {};
  for (const [id, value] of Object.entries(responses)) {
    const q = byId.get(id);
    if (!q) {
      errors.push(`${id}: not a question of this attempt`);
      continue;
    }
    const problem = shapeError(q, value);
    if (problem) errors.push(`${id}: ${problem}`);
    else clean[id] = value as Response;
  }
  return errors.length ? { ok: false, errors } : { ok: true, responses: clean };
}

/**
 * Grade an attempt on the server: validate the responses (any error rejects the whole
 * submission, nothing is half-graded), then mark each question with core/quiz's isCorrect via
 * gradeQuiz (multiple choice: exact set, no partial credit) and add up points.
 */
export function gradeExam(
  exam: DrawnExam,
  responses: unknown,
): { ok: true; result: ExamResult } | { ok: false; errors: string[] } {
  const checked = validateResponses(exam, responses);
  if (!checked.ok) return checked;
  const graded = gradeQuiz(exam.questions, checked.responses);
  const pointsOf = new Map(exam.questions.map((q) => [q.id, q.points]));
  const results = graded.results.map((r) => ({ ...r, points: r.correct ? pointsOf.get(r.questionId)! : 0 }));
  const points = results.reduce((s, r) => s + r.points, 0);
  return {
    ok: true,
    result: {
      correct: graded.correct,
      total: graded.total,
      points,
      maxPoints: exam.maxPoints,
      percent: exam.maxPoints ? (points * 100) / exam.maxPoints : 0,
      results,
    },
  };
}
