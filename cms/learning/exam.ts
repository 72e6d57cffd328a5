/**
 * The annual exam on the server: draw a paper from the bank, keep its keys server-side, hand the
 * browser a paper without them, grade on submission. Rules live in core/learning/exam*.ts.
 */
import { randomUUID } from 'node:crypto';
import { APIError, type Payload } from 'payload';
import { drawExam, toClientExam } from '../../core/learning/exam-draw';
import { gradeExam } from '../../core/learning/exam-grade';
import { type Accommodation, canStartAttempt, type ExamAttempt, examOutcome, examPolicy, isSubmissionInTime, attemptDeadline } from '../../core/learning/exam-policy';
import { examStartFacts, START_REFUSALS } from '../../core/learning/exam-start';
import { relationId } from '../relation';
import type { ExamAttempt as AttemptDoc, Learner } from '../payload-types';
import { examSettingsFor } from './dashboard';
import { examBank, rulesFor } from './exam-bank';

type Settings = NonNullable<Awaited<ReturnType<typeof examSettingsFor>>>;
const policyOf = (s: Settings) =>
  examPolicy({ maxAttempts: s.maxAttempts ?? 3, counts: s.counts ?? 'best', passMark: s.passMark ?? 60, timeLimitMinutes: s.timerDisabled ? null : (s.timeLimitMinutes ?? 60) });
const coreAttempt = (doc: AttemptDoc, n: number): ExamAttempt => ({
  number: n,
  startedAt: doc.startedAt,
  ...(doc.submittedAt ? { submittedAt: doc.submittedAt } : {}),
  ...(doc.status === 'submitted' && doc.scorePercent != null ? { result: { points: doc.scorePercent, maxPoints: 100, percent: doc.scorePercent } } : {}),
});

/** Extra time granted to this learner for this year's exam, if any. */
async function accommodationFor(payload: Payload, learner: Learner, year: number): Promise<Accommodation | null> {
  const doc = (
    await payload.find({ collection: 'exam-accommodations', where: { and: [{ learner: { equals: learner.id } }, { year: { equals: year } }] }, limit: 1, depth: 0, overrideAccess: true })
  ).docs[0];
  return doc ? { extraMinutes: doc.extraMinutes ?? 0, noTimeLimit: !!doc.noTimeLimit } : null;
}

async function context(payload: Payload, learner: Learner, year: number) {
  const settings = await examSettingsFor(payload, learner.audience, year);
  if (!settings) throw new APIError('本年度尚未设置学法考试', 404);
  const [found, accommodation] = await Promise.all([
    payload.find({ collection: 'exam-attempts', where: { and: [{ learner: { equals: learner.id } }, { year: { equals: year } }] }, sort: 'startedAt', pagination: false, depth: 0, overrideAccess: true }),
    accommodationFor(payload, learner, year),
  ]);
  const docs = found.docs;
  return { settings, policy: policyOf(settings), accommodation, docs, attempts: docs.map((d, i) => coreAttempt(d, i + 1)) };
}

/**
 * The start screen's facts for this year's exam (questions, points, time incl. accommodation,
 * pass mark, attempts, which attempt counts, time-out): counts from the blueprint, no question.
 */
export async function examRules(payload: Payload, learner: Learner, now = new Date()) {
  const { settings, policy, accommodation, attempts } = await context(payload, learner, now.getFullYear());
  return examStartFacts({ title: settings.title, policy, rules: rulesFor(settings.rules, learner.audience), attempts, accommodation, now });
}

/** Starts an attempt: the browser gets the paper without answers or explanations. */
export async function startExam(payload: Payload, learner: Learner, now = new Date()) {
  const year = now.getFullYear();
  const { settings, policy, accommodation, docs, attempts } = await context(payload, learner, year);
  const can = canStartAttempt(attempts, policy, now, accommodation);
  if (!can.ok) throw new APIError(START_REFUSALS[can.reason], 409);
  // Questions of earlier attempts were shown with their keys after grading: draw them again only when the pool runs out.
  const seen = docs.flatMap((d) => d.paper?.questions.map((q) => q.id) ?? []);
  const drawn = drawExam({ bank: await examBank(payload), rules: rulesFor(settings.rules, learner.audience), seen, seed: `${learner.id}:${year}:${can.number}:${randomUUID()}` });
  if (!drawn.ok) throw new APIError('题库不足以按规则组卷，请联系管理员', 409, { reasons: drawn.errors });
  const repeated = drawn.exam.repeated?.length ?? 0;
  const doc = await payload.create({
    collection: 'exam-attempts',
    overrideAccess: true,
    data: {
      learner: learner.id, unit: learner.unit, settings: settings.id, year, paper: drawn.exam, startedAt: now.toISOString(), status: 'open',
      ...(repeated ? { drawNote: `题库中未考过的题目不足，本次有 ${repeated} 题在以前的考试中出现过` } : {}),
    },
  });
  const deadline = attemptDeadline(coreAttempt(doc, can.number), policy, accommodation);
  return { attemptId: doc.id, exam: toClientExam(drawn.exam), deadline: deadline?.toISOString() ?? null, attemptsLeft: policy.maxAttempts - can.number };
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
  const { policy, accommodation, docs } = ctx;
  const index = docs.findIndex((d) => d.status === 'open');
  if (index < 0) return null;
  const doc = docs[index]!;
  const attempt = coreAttempt(doc, index + 1);
  if (!isSubmissionInTime(attempt, policy, now, accommodation)) return null;
  const deadline = attemptDeadline(attempt, policy, accommodation);
  return { attemptId: doc.id, exam: toClientExam(doc.paper!), deadline: deadline?.toISOString() ?? null, attemptsLeft: policy.maxAttempts - (index + 1) };
}

async function ownOpenAttempt(payload: Payload, learner: Learner, id: string) {
  const doc = await payload.findByID({ collection: 'exam-attempts', id, depth: 0, overrideAccess: true }).catch(() => null);
  if (!doc || relationId(doc.learner) !== learner.id) throw new APIError('考试记录不存在', 404);
  const ctx = await context(payload, learner, doc.year);
  const n = ctx.docs.findIndex((d) => d.id === doc.id) + 1;
  return { doc, ...ctx, attempt: coreAttempt(doc, n) };
}

/** Grades a submission once: malformed, late or replayed submissions change nothing. */
export async function submitExam(payload: Payload, learner: Learner, id: string, responses: unknown, now = new Date()) {
  const { doc, policy, accommodation, attempt, attempts } = await ownOpenAttempt(payload, learner, id);
  if (doc.status !== 'open') throw new APIError('该次考试已交卷，不能重复提交', 409);
  if (!isSubmissionInTime(attempt, policy, now, accommodation)) throw new APIError('考试时间已到，本次提交无效', 409);
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
