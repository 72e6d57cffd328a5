import type { ClassQuestion } from './types';
import { answerFromText } from '../quiz/answer-text';
import type { QuestionType } from '../quiz/types';

/** True/false questions are played with these two options (正确 is option 0). */
export const TRUE_FALSE_OPTIONS = ['正确', '错误'] as const;

/** A bank question as stored in the CMS (answer as typed by staff: "b", "a,c", "true"). */
export interface BankRecord {
  questionId: string;
  type: QuestionType;
  stem: string;
  options?: { key: string; text: string }[] | null;
  answer: string;
  explanation?: string | null;
}

/**
 * A bank question in the class-session shape: options as texts, the key as option indexes.
 * Throws on a key that names no option (the bank validates keys on save, so this is a bug).
 */
export function toClassQuestion(q: BankRecord): ClassQuestion {
  const keys = (q.options ?? []).map((o) => o.key);
  const parsed = answerFromText(q.answer, q.type, keys);
  if (!parsed.ok) throw new Error(`题目 ${q.questionId} 的答案无效：${parsed.error}`);
  const base = { id: q.questionId, kind: q.type, text: q.stem, ...(q.explanation ? { explanation: q.explanation } : {}) };
  if (q.type === 'truefalse') return { ...base, options: [...TRUE_FALSE_OPTIONS], correct: [parsed.answer === true ? 0 : 1] };
  const answer = parsed.answer;
  const correct = (Array.isArray(answer) ? answer : [answer as string]).map((k) => keys.indexOf(k)).sort((a, b) => a - b);
  return { ...base, options: (q.options ?? []).map((o) => o.text), correct };
}

/** A question as a student sees it before answering: no key, no explanation. */
export const withoutKey = ({ id, kind, text, options }: ClassQuestion) => ({ id, kind, text, options });

/** True when `choice` is exactly the key (multiple choice: same set, no partial credit). */
export function isRightChoice(q: ClassQuestion, choice: readonly number[]): boolean {
  const given = new Set(choice);
  return given.size === q.correct.length && q.correct.every((c) => given.has(c));
}

/** A choice is valid for a question: known option indexes, one for single/true-false, no repeats. */
export function validChoice(q: ClassQuestion, choice: unknown): choice is number[] {
  if (!Array.isArray(choice) || choice.length === 0) return false;
  if (!choice.every((c) => Number.isInteger(c) && c >= 0 && c < q.options.length)) return false;
  if (new Set(choice).size !== choice.length) return false;
  return q.kind === 'multiple' || choice.length === 1;
}
