/**
 * Homework (课后作业): a quiz set assigned with a deadline, done self-paced on the join page with
 * the same code; each hand-in is graded on the server and stored as class answers.
 */
import { randomUUID } from 'node:crypto';
import { APIError, type Payload } from 'payload';
import { joinCode } from '../../core/classroom/code';
import { gradeHomework } from '../../core/classroom/homework';
import { withoutKey } from '../../core/classroom/questions';
import { NICKNAME_MAX } from '../../core/live/protocol';
import type { ClassSession, Learner, User } from '../payload-types';
import { type DocId, relationId } from '../relation';
import { creditLearner } from './learner-credit';
import { hostableSet } from './host-check';
import { storeAnswers } from './results-sink';

/** A join code no open session uses. */
export async function freeCode(payload: Payload): Promise<string> {
  for (let i = 0; i < 20; i += 1) {
    const code = joinCode();
    const taken = await payload.count({ collection: 'class-sessions', where: { and: [{ code: { equals: code } }, { status: { equals: 'open' } }] }, overrideAccess: true });
    if (taken.totalDocs === 0) return code;
  }
  throw new APIError('暂时无法生成加入码，请稍后再试', 503);
}

export async function assignHomework(payload: Payload, user: User, input: { quizSet?: unknown; className?: unknown; deadline?: unknown }) {
  const set = await hostableSet(payload, user, input.quizSet);
  const deadline = typeof input.deadline === 'string' ? new Date(input.deadline) : null;
  if (!deadline || Number.isNaN(deadline.getTime())) throw new APIError('请填写作业截止时间', 400);
  if (deadline.getTime() <= Date.now()) throw new APIError('作业截止时间必须晚于现在', 400);
  const className = typeof input.className === 'string' ? input.className.trim().slice(0, 40) : '';
  const doc = await payload.create({
    collection: 'class-sessions',
    data: {
      title: set.title, quizSet: set.id, school: set.school, host: user.id, className, mode: 'homework', code: await freeCode(payload),
      status: 'open', scoring: 'accuracy', timeLimitSeconds: 0, startedAt: new Date().toISOString(), deadline: deadline.toISOString(), questions: set.questions,
    },
    overrideAccess: true,
    depth: 0,
  });
  return { id: doc.id, code: doc.code, deadline: doc.deadline, title: doc.title };
}

/** The open or ended session a code names now (the newest), or a 404 in Chinese. */
export async function sessionByCode(payload: Payload, code: unknown): Promise<ClassSession> {
  if (typeof code !== 'string' || !/^[1-9][0-9]{5}$/.test(code)) throw new APIError('加入码应为 6 位数字', 400);
  const found = await payload.find({ collection: 'class-sessions', where: { code: { equals: code } }, sort: '-startedAt', limit: 1, depth: 0, overrideAccess: true });
  const doc = found.docs[0];
  if (!doc) throw new APIError('没有找到这个加入码，请核对老师给的 6 位数字', 404);
  return doc;
}

const homeworkClosed = (s: ClassSession, now = Date.now()) => s.status === 'ended' || (s.deadline != null && Date.parse(s.deadline) < now);

/** What the join page needs for a code: live (join over the socket) or the homework paper without keys. */
export async function joinInfo(payload: Payload, code: unknown) {
  const s = await sessionByCode(payload, code);
  if (s.mode === 'live') return { mode: 'live' as const, code: s.code, title: s.title };
  return {
    mode: 'homework' as const, code: s.code, title: s.title, deadline: s.deadline ?? null, closed: homeworkClosed(s),
    questions: (s.questions ?? []).map(withoutKey),
  };
}

const PLAYER_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Grades and stores one student's hand-in; answers with the keys and explanations (the work is done). */
export async function submitHomework(payload: Payload, body: unknown, learner: Learner | null) {
  const input = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; nickname?: unknown; playerId?: unknown; choices?: unknown; timeMs?: unknown };
  const s = await sessionByCode(payload, input.code);
  if (s.mode !== 'homework') throw new APIError('这个加入码是课堂直播，请在课堂页面加入', 400);
  if (homeworkClosed(s)) throw new APIError('作业已截止，不能再提交', 403);
  const nickname = typeof input.nickname === 'string' ? input.nickname.trim() : '';
  if (!nickname || [...nickname].length > NICKNAME_MAX) throw new APIError(`请填写昵称（1–${NICKNAME_MAX} 个字）`, 400);
  if (!Array.isArray(input.choices)) throw new APIError('作答格式无效', 400);
  const playerId = typeof input.playerId === 'string' && PLAYER_ID.test(input.playerId) ? input.playerId : randomUUID();
  const questions = s.questions ?? [];
  const session = { id: s.id, school: relationId(s.school) as DocId };
  const done = await payload.count({ collection: 'class-answers', where: { and: [{ session: { equals: s.id } }, { playerId: { equals: playerId } }] }, overrideAccess: true });
  if (done.totalDocs > 0) throw new APIError('你已经提交过这份作业', 409);
  const graded = gradeHomework({ questions, choices: input.choices, playerId, nickname, timeMs: Array.isArray(input.timeMs) ? input.timeMs : undefined });
  await storeAnswers(payload, session, graded.map((a) => ({ ...a, questionId: questions[a.questionIndex]!.id, timeMs: a.timeMs ?? 0, ...(learner ? { learnerId: String(learner.id) } : {}) })));
  const correct = graded.filter((a) => a.correct).length;
  if (learner) await creditLearner(payload, { learnerId: String(learner.id), sessionId: s.id, title: s.title, correct, asked: questions.length, at: new Date() });
  return {
    playerId, correct, total: questions.length, score: graded.reduce((t, a) => t + a.points, 0),
    answers: graded.map((a, i) => ({ questionIndex: i, choice: a.choice, correct: a.correct, correctOptions: questions[i]!.correct, explanation: questions[i]!.explanation ?? '' })),
  };
}

