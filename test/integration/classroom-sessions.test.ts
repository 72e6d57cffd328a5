/**
 * Class sessions end to end through the CMS: the seeded demo set; homework assigned, joined
 * without keys, handed in and graded on the server (twice refused, after the deadline refused); a
 * live game's results written through the ResultsSink as questions close and kept when it ends;
 * HostAuth from a staff token; the report, its .xlsx and CSV (formula-safe) and classes over time;
 * a logged-in learner's result in their own records.
 */
import ExcelJS from 'exceljs';
import type { Payload, PayloadRequest } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { classroomEndpoints } from '../../cms/classroom/endpoints';
import { payloadHostAuth, payloadQuizSource } from '../../cms/classroom/live-seams';
import { payloadResultsSink } from '../../cms/classroom/results-sink';
import { DEMO_QUIZ_SET } from '../../cms/seed/classroom';
import type { GameInfo, HostReport } from '../../core/live/protocol';
import type { DocId } from '../../cms/relation';
import { respond } from '../helpers/endpoint';
import { learningPayload } from '../helpers/learning-payload';
import { makeAgency, makeUser, type TestUser, unique } from '../helpers/payload';

let payload: Payload;
let teacher: TestUser;
let setId: DocId;
const route = (path: string) => classroomEndpoints.find((e) => e.path === path)!.handler;
const call = (path: string, req: { user?: unknown; body?: unknown; params?: Record<string, string>; id?: DocId }) =>
  respond(route(path), {
    payload, user: req.user ?? null, routeParams: req.id == null ? {} : { id: String(req.id) }, searchParams: new URLSearchParams(req.params ?? {}),
    headers: new Headers({ 'content-type': 'application/json' }), body: req.body === undefined ? null : new Blob([JSON.stringify(req.body)]).stream(),
  } as unknown as PayloadRequest);

beforeAll(async () => {
  payload = await learningPayload();
  const set = (await payload.find({ collection: 'quiz-sets', where: { title: { equals: DEMO_QUIZ_SET } }, depth: 0, overrideAccess: true })).docs[0]!;
  setId = set.id;
  const found = await payload.find({ collection: 'users', where: { email: { equals: 'teacher@pufa.local' } }, depth: 0, overrideAccess: true });
  teacher = { ...found.docs[0]!, collection: 'users' };
});

describe('homework', () => {
  it('is joined without keys, graded on the server, refused twice and after the deadline; the report and exports match', async () => {
    const source = await payloadQuizSource(payload).load(String(setId));
    expect(source!.questions.length).toBe(5);
    const assigned = await call('/homework', { user: teacher, body: { quizSet: setId, className: `初二${unique()}班`, deadline: new Date(Date.now() + 3600_000).toISOString() } });
    expect(assigned.status).toBe(201);
    const { id, code } = (await assigned.json()) as { id: DocId; code: string };
    expect(code).toMatch(/^[1-9]\d{5}$/);

    const join = await call('/join', { params: { code } });
    const paper = await join.json();
    expect(JSON.stringify(paper)).not.toMatch(/"correct"|"explanation"/);
    expect(paper.questions).toHaveLength(5);

    const keys = source!.questions.map((q) => q.correct);
    const wrong = keys.map((k, i) => (i === 0 ? [k[0] === 0 ? 1 : 0] : k));
    const learnerDoc = await payload.create({ collection: 'learners', data: { email: `hw-${unique()}@t.local`, password: 'learner-pass-1', displayName: '学员小王', audience: 'students' } });
    const learner = { ...learnerDoc, collection: 'learners' };
    const first = await call('/submit', { user: learner, body: { code, nickname: '小王', playerId: 'player-aaaa-0001', choices: keys } });
    expect(await first.json()).toMatchObject({ correct: 5, total: 5 });
    const second = await call('/submit', { body: { code, nickname: '=HYPERLINK("x")', playerId: 'player-bbbb-0002', choices: wrong } });
    expect(await second.json()).toMatchObject({ correct: 4, total: 5 });
    expect((await call('/submit', { body: { code, nickname: '小王', playerId: 'player-aaaa-0001', choices: keys } })).status).toBe(409);

    const records = await payload.find({ collection: 'learning-records', where: { and: [{ learner: { equals: learnerDoc.id } }, { objectId: { equals: `class-session:${id}` } }] }, overrideAccess: true });
    expect(records.docs[0]?.statement).toMatchObject({ verb: 'completed', result: { score: { raw: 5, max: 5 } } });

    const report = (await (await call('/:id/report', { user: teacher, id })).json()) as { report: { students: { nickname: string; correctCount: number }[]; questions: { distribution: number[]; answered: number; correctCount: number }[] } };
    expect(report.report.students.map((s) => [s.nickname, s.correctCount])).toEqual([['小王', 5], ['=HYPERLINK("x")', 4]]);
    expect(report.report.questions[0]).toMatchObject({ answered: 2, correctCount: 1 });
    expect(report.report.questions[0]!.distribution.reduce((a, b) => a + b, 0)).toBe(2);

    const xlsx = await call('/:id/export', { user: teacher, id, params: { format: 'xlsx' } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const rows = book.getWorksheet('学生')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[1]!.slice(1, 5)).toEqual([1, '小王', 5000, 5]);
    expect(rows[2]![2]).toBe(`'=HYPERLINK("x")`);
    expect(book.getWorksheet('题目')!.rowCount).toBe(6);
    const csv = await (await call('/:id/export', { user: teacher, id, params: { format: 'csv' } })).text();
    expect(csv).toContain(`'=HYPERLINK`);

    const otherTeacher = await makeUser(payload, 'teacher', (await makeAgency(payload)).id);
    expect((await call('/:id/report', { user: otherTeacher, id })).status).toBe(404);
    expect((await call('/:id/export', { user: null, id, params: { format: 'csv' } })).status).toBe(401);

    await payload.update({ collection: 'class-sessions', id, data: { deadline: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true });
    expect((await call('/submit', { body: { code, nickname: '迟到', choices: keys } })).status).toBe(403);
  });
});

describe('join codes', () => {
  it('cannot be guessed: 30 failed lookups a minute per address, then 429 in Chinese', async () => {
    const probe = (code: string) => respond(route('/join'), { payload, user: null, searchParams: new URLSearchParams({ code }), headers: new Headers({ 'x-pufa-client-address': '203.0.113.9' }) } as unknown as PayloadRequest);
    for (let i = 0; i < 30; i += 1) expect((await probe(String(100000 + i))).status).toBe(404);
    const refused = await probe('100031');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('操作过于频繁');
  });
});

describe('live results', () => {
  it('are written as questions close, kept when the game ends, and grouped by class over time', async () => {
    const code = String(100000 + Math.floor(Math.random() * 899999));
    const className = `初三${unique()}班`;
    expect((await call('/live', { user: teacher, body: { quizSet: setId, code, className } })).status).toBe(200);
    const game: GameInfo = { code, gameId: `g-${unique()}`, quizSetId: String(setId), hostId: String(teacher.id), title: DEMO_QUIZ_SET, settings: { timerSec: 20, scoring: 'speed', hideNames: false }, startedAt: Date.now() };
    const sink = payloadResultsSink(payload);
    const answer = (playerId: string, nickname: string, choice: number[], correct: boolean, points: number) => ({ playerId, nickname, questionIndex: 0, questionId: 'xianfa-jiben-01', choice, correct, points, timeMs: 3000 });
    await sink.questionClosed(game, { index: 0, id: 'xianfa-jiben-01', skipped: false }, [answer('p1', '甲', [0], true, 900), answer('p2', '乙', [1], false, 0)]);
    // A retried call stores nothing twice.
    await sink.questionClosed(game, { index: 0, id: 'xianfa-jiben-01', skipped: false }, [answer('p1', '甲', [0], true, 900)]);
    await sink.questionClosed(game, { index: 1, id: 'xianfa-jiben-02', skipped: true }, []);
    const session = (await payload.find({ collection: 'class-sessions', where: { gameId: { equals: game.gameId } }, overrideAccess: true })).docs[0]!;
    expect(session).toMatchObject({ className, mode: 'live', status: 'open' });
    expect((await payload.count({ collection: 'class-answers', where: { session: { equals: session.id } }, overrideAccess: true })).totalDocs).toBe(2);

    const report: HostReport = {
      code, title: game.title, settings: game.settings, startedAt: game.startedAt, endedAt: Date.now(),
      questions: [0, 1].map((index) => ({ index, id: `q${index}`, text: '', options: [], correct: [], skipped: index === 1, distribution: [], answered: 0, correctCount: 0, meanTimeMs: null })),
      students: [{ playerId: 'p1', nickname: '甲', removed: false, score: 900, correctCount: 1, answeredCount: 1, accuracy: 1, answers: [] }, { playerId: 'p2', nickname: '乙', removed: true, score: 0, correctCount: 0, answeredCount: 1, accuracy: 0, answers: [] }],
    };
    await sink.gameEnded(game, report);
    const got = (await (await call('/:id/report', { user: teacher, id: session.id })).json()) as { session: { status: string }; report: { asked: number; students: { nickname: string; accuracy: number; removed: boolean }[] } };
    expect(got.session.status).toBe('ended');
    expect(got.report.asked).toBe(1);
    expect(got.report.students.map((s) => [s.nickname, s.accuracy, s.removed])).toEqual([['甲', 1, false], ['乙', 0, true]]);

    const trend = (await (await call('/classes', { user: teacher, params: { className } })).json()) as { classes: { className: string; sessions: { students: number; accuracy: number }[] }[] };
    expect(trend.classes).toEqual([{ className, sessions: [expect.objectContaining({ students: 2, accuracy: 0.5 })] }]);
  });

  it('HostAuth lets the set’s school teacher host from their token, and nobody else', async () => {
    const login = async (email: string, password: string) => (await payload.login({ collection: 'users', data: { email, password } })).token!;
    const auth = payloadHostAuth(payload);
    const mine = await auth.authorize({ headers: { authorization: `JWT ${await login('teacher@pufa.local', 'pufa-demo-2026')}` }, quizSetId: String(setId) });
    expect(mine?.hostId).toBe(String(teacher.id));
    const other = await makeUser(payload, 'teacher', (await makeAgency(payload)).id);
    expect(await auth.authorize({ headers: { authorization: `JWT ${await login(other.email, 'test-password-1')}` }, quizSetId: String(setId) })).toBeNull();
    expect(await auth.authorize({ headers: {}, quizSetId: String(setId) })).toBeNull();
    expect(await auth.authorize({ headers: { authorization: 'JWT forged' }, quizSetId: String(setId) })).toBeNull();
  });
});
