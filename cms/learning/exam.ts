/**
 * The annual exam on the server: draw a paper from the bank, keep its keys server-side, hand the
 * browser a paper without them, grade on submission. Rules live in core/learning/exam*.ts.
 */
import { randomUUID } from 'node:crypto';
import { APIError, type Payload } from 'payload';
import { type BankQuestion, drawExam, toClientExam } from '../../core/learning/exam-draw';
import { gradeExam } from '../../core/learning/exam-grade';
import { canStartAttempt, type ExamAttempt, examOutcome, examPolicy, extendAttempt, isSubmissionInTime, attemptDeadline } from '../../core/learning/exam-policy';
import { answerFromText } from '../../core/quiz/answer-text';
import type { QuestionType } from '../../core/quiz/types';
import { relationId } from '../relation';
import { fromBankCache } from './catalog';
import type { ExamAttempt as AttemptDoc, Learner } from '../payload-types';
import { examSettingsFor } from './dashboard';
import { flaggedExamQuestions } from '../collections/CitationReviews/open-flags';

const REASONS: Record<string, string> = {
  'not-open': '考试尚未开始',
  closed: '考试已结束',
  'in-progress': '还有一次考试未交卷，请先完成',
  'no-attempts-left': '本年度考试次数已用完',
  'no-time-limit': '本场考试不限时，无需延时',
  submitted: '该次考试已交卷',
  expired: '考试时间已到',
  'no-extensions-left': '延时次数已用完',
};

type Settings = NonNullable<Awaited<ReturnType<typeof examSettingsFor>>>;
const policyOf = (s: Settings) =>
  examPolicy({ maxAttempts: s.maxAttempts ?? 3, passMark: s.passMark ?? 60, timeLimitMinutes: s.timerDisabled ? null : (s.timeLimitMinutes ?? 60), maxExtensions: s.maxExtensions ?? 10 });
const coreAttempt = (doc: AttemptDoc, n: number): ExamAttempt => ({
  number: n,
  startedAt: doc.startedAt,
  extensions: doc.extensions ?? 0,
  ...(doc.submittedAt ? { submittedAt: doc.submittedAt } : {}),
  ...(doc.status === 'submitted' && doc.scorePercent != null ? { result: { points: doc.scorePercent, maxPoints: 100, percent: doc.scorePercent } } : {}),
});

async function context(payload: Payload, learner: Learner, year: number) {
  const settings = await examSettingsFor(payload, learner.audience, year);
  if (!settings) throw new APIError('本年度尚未设置学法考试', 404);
  const docs = (
    await payload.find({ collection: 'exam-attempts', where: { and: [{ learner: { equals: learner.id } }, { year: { equals: year } }] }, sort: 'startedAt', pagination: false, depth: 0, overrideAccess: true })
  ).docs;
  return { settings, policy: policyOf(settings), docs, attempts: docs.map((d, i) => coreAttempt(d, i + 1)) };
}

/** The exam pool as the draw takes it (cached with the other bank views). */
const bank = (payload: Payload): Promise<BankQuestion[]> => fromBankCache('exam-pool', () => readBank(payload));

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
      audiences: q.audiences ?? [],
    }];
  });
}

/** Starts an attempt: the browser gets the paper without answers or explanations. */
export async function startExam(payload: Payload, learner: Learner, now = new Date()) {
  const year = now.getFullYear();
  const { settings, policy, attempts } = await context(payload, learner, year);
  const can = canStartAttempt(attempts, policy, now);
  if (!can.ok) throw new APIError(REASONS[can.reason]!, 409);
  const rules = (settings.rules ?? []).map((r: { count: number; law?: string | null; type?: string | null; points?: number | null }) => ({
    count: r.count, ...(r.law ? { law: r.law } : {}), ...(r.type ? { type: r.type as QuestionType } : {}), points: r.points ?? 10,
  }));
  const drawn = drawExam({ bank: await bank(payload), rules, seed: `${learner.id}:${year}:${can.number}:${randomUUID()}` });
  if (!drawn.ok) throw new APIError('题库不足以按规则组卷，请联系管理员', 409, { reasons: drawn.errors });
  const doc = await payload.create({
    collection: 'exam-attempts',
    overrideAccess: true,
    data: { learner: learner.id, unit: learner.unit, settings: settings.id, year, paper: drawn.exam, startedAt: now.toISOString(), status: 'open' },
  });
  const deadline = attemptDeadline(coreAttempt(doc, can.number), policy);
  return { attemptId: doc.id, exam: toClientExam(drawn.exam), deadline: deadline?.toISOString() ?? null, extensionsLeft: policy.maxExtensions, attemptsLeft: policy.maxAttempts - can.number };
}

/**
 * The learner's open attempt this year, shaped as startExam returned it (still without keys), so
 * an attempt started on one device can be finished on another; null when none can be submitted.
 */
export async function currentExam(payload: Payload, learner: Learner, now = new Date()) {
  const ctx = await context(payload, learner, now.getFullYear()).catch((error: unknown) => {
    if (error instanceof APIError && error.status === 404) return null; // no exam set this year
    throw error;
  });
  if (!ctx) return null;
  const { policy, docs } = ctx;
  const index = docs.findIndex((d) => d.status === 'open');
  if (index < 0) return null;
  const doc = docs[index]!;
  const attempt = coreAttempt(doc, index + 1);
  if (!isSubmissionInTime(attempt, policy, now)) return null;
  const deadline = attemptDeadline(attempt, policy);
  return {
    attemptId: doc.id,
    exam: toClientExam(doc.paper!),
    deadline: deadline?.toISOString() ?? null,
    extensionsLeft: policy.maxExtensions - attempt.extensions,
    attemptsLeft: policy.maxAttempts - (index + 1),
  };
}

async function ownOpenAttempt(payload: Payload, learner: Learner, id: string) {
  const doc = await payload.findByID({ collection: 'exam-attempts', id, depth: 0, overrideAccess: true }).catch(() => null);
  if (!doc || relationId(doc.learner) !== learner.id) throw new APIError('考试记录不存在', 404);
  const ctx = await context(payload, learner, doc.year);
  const n = ctx.docs.findIndex((d) => d.id === doc.id) + 1;
  return { doc, ...ctx, attempt: coreAttempt(doc, n) };
}

/** One more time step (WCAG 2.2.1); refused when the limit is off, used up, or time ran out. */
export async function extendExam(payload: Payload, learner: Learner, id: string, now = new Date()) {
  const { doc, policy, attempt } = await ownOpenAttempt(payload, learner, id);
  const next = extendAttempt(attempt, policy, now);
  if (!next.ok) throw new APIError(REASONS[next.reason]!, 409);
  await payload.update({ collection: 'exam-attempts', id: doc.id, overrideAccess: true, data: { extensions: next.attempt.extensions } });
  return { deadline: next.deadline.toISOString(), extensionsLeft: policy.maxExtensions - next.attempt.extensions };
}

/** Grades a submission once: malformed, late or replayed submissions change nothing. */
export async function submitExam(payload: Payload, learner: Learner, id: string, responses: unknown, now = new Date()) {
  const { doc, policy, attempt, attempts } = await ownOpenAttempt(payload, learner, id);
  if (doc.status !== 'open') throw new APIError('该次考试已交卷，不能重复提交', 409);
  if (!isSubmissionInTime(attempt, policy, now)) throw new APIError('考试时间已到，本次提交无效', 409);
  const paper = doc.paper!;
  const graded = gradeExam(paper, responses);
  if (!graded.ok) throw new APIError('答卷格式有误', 400, { reasons: graded.errors });
  const percent = Math.round(graded.result.percent * 100) / 100;
  // Only an open attempt is updated: two submissions racing each other grade once.
  const updated = await payload.update({
    collection: 'exam-attempts',
    overrideAccess: true,
    where: { and: [{ id: { equals: doc.id } }, { status: { equals: 'open' } }] },
    data: { status: 'submitted', submittedAt: now.toISOString(), responses: responses as never, scorePercent: percent, passed: percent >= policy.passMark },
  });
  if (updated.docs.length !== 1) throw new APIError('该次考试已交卷，不能重复提交', 409);
  const after = attempts.map((a) => (a.number === attempt.number ? { ...a, submittedAt: now.toISOString(), result: { points: percent, maxPoints: 100, percent } } : a));
  const outcome = examOutcome(after, policy);
  const byId = new Map(paper.questions.map((q) => [q.id, q]));
  return {
    score: percent,
    passed: percent >= policy.passMark,
    correct: graded.result.correct,
    total: graded.result.total,
    results: graded.result.results.map((r) => ({ questionId: r.questionId, correct: r.correct, answer: byId.get(r.questionId)!.answer, explanation: byId.get(r.questionId)!.explanation })),
    attemptsLeft: outcome.attemptsLeft,
    best: outcome.bestPercent,
  };
}

/** The learner's outcome for the year (best attempt counts). */
export async function examStanding(payload: Payload, learner: Learner, year: number) {
  const { policy, attempts } = await context(payload, learner, year);
  return examOutcome(attempts, policy);
}

/** The same outcome from already-read settings and attempt documents (oldest first). */
export const standingFrom = (settings: Settings, attemptDocs: AttemptDoc[]) =>
  examOutcome(attemptDocs.map((d, i) => coreAttempt(d, i + 1)), policyOf(settings));
