/**
 * Live results into the CMS (core/live/protocol ResultsSink): each closed question's answers in
 * one transaction (SQLite has one writer), the game's own report when it ends, and a logged-in
 * learner's result into their records. The class-sessions record is made on the first write (or
 * claimed from the one the host page made to name the class), so the report is kept even if the
 * teacher's tab closed.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload';
import type { AnswerRecord, GameInfo, HostReport, ResultsSink } from '../../core/live/protocol';
import type { DocId } from '../relation';
import { creditLearner } from './learner-credit';
import { loadQuizSet } from './quiz-set';

/** The session record of a live game: found by game id, claimed by code, or made now. */
export async function liveSession(payload: Payload, game: GameInfo): Promise<{ id: DocId; school: DocId } | null> {
  const pick = (d: { id: DocId; school: DocId | { id: DocId } }) => ({ id: d.id, school: typeof d.school === 'object' ? d.school.id : d.school });
  const byGame = await payload.find({ collection: 'class-sessions', where: { gameId: { equals: game.gameId } }, limit: 1, depth: 0, overrideAccess: true });
  if (byGame.docs[0]) return pick(byGame.docs[0]);
  const stub = await payload.find({
    collection: 'class-sessions',
    where: { and: [{ code: { equals: game.code } }, { mode: { equals: 'live' } }, { status: { equals: 'open' } }, { gameId: { exists: false } }, { quizSet: { equals: game.quizSetId } }] },
    sort: '-startedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const set = await loadQuizSet(payload, game.quizSetId);
  if (stub.docs[0]) {
    const doc = await payload.update({ collection: 'class-sessions', id: stub.docs[0].id, data: { gameId: game.gameId, startedAt: new Date(game.startedAt).toISOString(), scoring: game.settings.scoring, timeLimitSeconds: game.settings.timerSec ?? 0, ...(set ? { questions: set.questions } : {}) }, overrideAccess: true, depth: 0 });
    return pick(doc);
  }
  if (!set) return null;
  const doc = await payload.create({
    collection: 'class-sessions',
    data: {
      title: game.title, quizSet: set.id, school: set.school, host: Number.isNaN(Number(game.hostId)) ? (game.hostId as never) : Number(game.hostId),
      mode: 'live', code: game.code, gameId: game.gameId, status: 'open', scoring: game.settings.scoring, timeLimitSeconds: game.settings.timerSec ?? 0,
      startedAt: new Date(game.startedAt).toISOString(), questions: set.questions,
    },
    overrideAccess: true,
    depth: 0,
  });
  return pick(doc);
}

/** Stores answers of one session (those already stored for a player and question are skipped: a retried call stores once). */
export async function storeAnswers(payload: Payload, session: { id: DocId; school: DocId }, answers: readonly AnswerRecord[], at = new Date()): Promise<number> {
  if (answers.length === 0) return 0;
  const indexes = [...new Set(answers.map((a) => a.questionIndex))];
  const stored = await payload.find({ collection: 'class-answers', where: { and: [{ session: { equals: session.id } }, { questionIndex: { in: indexes } }] }, pagination: false, depth: 0, overrideAccess: true, select: { playerId: true, questionIndex: true } });
  const seen = new Set(stored.docs.map((d) => `${d.playerId}#${d.questionIndex}`));
  const fresh = answers.filter((a) => !seen.has(`${a.playerId}#${a.questionIndex}`));
  const req = await createLocalReq({}, payload);
  await initTransaction(req);
  try {
    for (const a of fresh) {
      await payload.create({
        collection: 'class-answers',
        data: {
          session: session.id, school: session.school, playerId: a.playerId, nickname: a.nickname,
          learner: a.learnerId ? (Number.isNaN(Number(a.learnerId)) ? (a.learnerId as never) : Number(a.learnerId)) : null,
          questionIndex: a.questionIndex, questionId: a.questionId, choice: a.choice, correct: a.correct, points: a.points,
          timeMs: Math.round(a.timeMs), answeredAt: at.toISOString(),
        },
        overrideAccess: true,
        depth: 0,
        req,
      });
    }
    await commitTransaction(req);
  } catch (error) {
    await killTransaction(req);
    throw error;
  }
  return fresh.length;
}

export const payloadResultsSink = (payload: Payload): ResultsSink => ({
  async questionClosed(game, question, answers) {
    const session = await liveSession(payload, game);
    if (!session) throw new Error(`课堂测验 ${game.quizSetId} 不存在，无法保存第 ${question.index + 1} 题的作答`);
    if (!question.skipped) await storeAnswers(payload, session, answers);
  },
  async gameEnded(game, report: HostReport) {
    const session = await liveSession(payload, game);
    if (!session) return;
    await payload.update({ collection: 'class-sessions', id: session.id, data: { status: 'ended', endedAt: new Date(report.endedAt).toISOString(), report }, overrideAccess: true, depth: 0 });
    const asked = report.questions.filter((q) => !q.skipped).length;
    for (const s of report.students) {
      if (s.learnerId && !s.removed) await creditLearner(payload, { learnerId: s.learnerId, sessionId: session.id, title: game.title, correct: s.correctCount, asked, at: new Date(report.endedAt) });
    }
  },
});
