/**
 * The exam pool as the draw takes it, and the blueprint read from stored exam settings. Shared by
 * the draw (cms/learning/exam.ts) and the settings validator (cms/fields/exam-blueprint.ts).
 */
import type { Payload } from 'payload';
import { type BankQuestion, drawExam, type ExamRule } from '../../core/learning/exam-draw';
import { answerFromText } from '../../core/quiz/answer-text';
import type { QuestionType } from '../../core/quiz/types';
import { flaggedExamQuestions } from '../collections/CitationReviews/open-flags';
import type { ExamSetting } from '../payload-types';
import { fromBankCache } from './catalog';

/** One blueprint row as stored on exam-settings.rules. */
export type StoredRule = Pick<NonNullable<ExamSetting['rules']>[number], 'count' | 'law' | 'tag' | 'type' | 'points'>;

/** The stored blueprint as core rules for one audience (points default to 10, as the field does). */
export const rulesFor = (rules: readonly StoredRule[] | null | undefined, audience: string | undefined): ExamRule[] =>
  (rules ?? []).map((r) => ({
    count: r.count,
    ...(audience ? { audience } : {}),
    ...(r.law ? { law: r.law.trim() } : {}),
    ...(r.tag ? { tag: r.tag.trim() } : {}),
    ...(r.type ? { type: r.type } : {}),
    points: r.points ?? 10,
  }));

/** The exam pool (cached with the other bank views until the bank changes). */
export const examBank = (payload: Payload): Promise<BankQuestion[]> => fromBankCache('exam-pool', () => readBank(payload));

async function readBank(payload: Payload): Promise<BankQuestion[]> {
  const [questions, laws, flagged] = await Promise.all([
    // Exam pool only: practice questions' keys are published with the lessons.
    payload.find({ collection: 'questions', where: { pool: { equals: 'exam' } }, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'laws', pagination: false, depth: 0, overrideAccess: true, select: { slug: true } }),
    flaggedExamQuestions(payload),
  ]);
  const slugs = new Map(laws.docs.map((l) => [String(l.id), l.slug]));
  // A question whose cited article changed waits for a reviewer before it is drawn again.
  return questions.docs.filter((q) => !flagged.has(String(q.id))).flatMap((q) => {
    const options = (q.options ?? []).map((o: { key: string; text: string }) => ({ id: o.key, text: o.text }));
    const answer = answerFromText(q.answer, q.type, options.map((o: { id: string }) => o.id));
    if (!answer.ok) return [];
    return [{
      id: q.questionId, type: q.type as QuestionType, stem: q.stem, ...(options.length ? { options } : {}), answer: answer.answer,
      explanation: q.explanation, cite: { law: slugs.get(String(q.citeLaw)) ?? '', article: q.citeArticle ?? 0 }, difficulty: q.difficulty ?? 1,
      audiences: q.audiences ?? [], tags: q.tags ?? [],
    }];
  });
}

/** Admin-facing shortfalls (Chinese) of a blueprint against today's bank, by row index; empty when it can be drawn. */
export async function checkBlueprint(payload: Payload, audience: string | undefined, rules: readonly StoredRule[]): Promise<{ row: number; message: string }[]> {
  const drawn = drawExam({ bank: await examBank(payload), rules: rulesFor(rules, audience), seed: 'blueprint-check' });
  if (drawn.ok) return [];
  return (drawn.shortRules ?? []).map((row, i) => ({ row, message: drawn.errors[i]! }));
}
