/**
 * The xAPI-shaped statements a practice quiz records (one per answered question, one per finished
 * quiz). Only the quiz loads this module; statement-queue.ts stores and syncs what it makes.
 */
import type { LearningStatement } from '../../../core/learning/statements';
import { encodeResponse } from '../../../core/learning/xapi';
import type { Response } from '../../../core/quiz/grade';

/** A v4 UUID: crypto.randomUUID where available (secure contexts), else from getRandomValues. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const now = () => new Date().toISOString();

/** The statement for one answered practice question. */
export function answeredStatement(questionId: string, success: boolean, response: Response): LearningStatement {
  return {
    id: uuid(),
    actor: { learnerId: 'local' },
    verb: 'answered',
    object: { id: questionId, type: 'question' },
    result: { success, response: encodeResponse(response) },
    timestamp: now(),
  };
}

/** The statement for a finished practice quiz; the caller decides passed/failed by its pass mark. */
export function quizResultStatement(quizId: string, raw: number, max: number, success: boolean): LearningStatement {
  return {
    id: uuid(),
    actor: { learnerId: 'local' },
    verb: success ? 'passed' : 'failed',
    object: { id: quizId, type: 'quiz' },
    result: { score: { raw, max, scaled: max ? raw / max : 0 }, success },
    timestamp: now(),
  };
}
