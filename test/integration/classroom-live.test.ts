/**
 * The live game on the Payload seams (no browser): the socket layer in this process with
 * QuizSource, HostAuth, PlayerAuth and ResultsSink on the test database. The demo teacher hosts
 * the seeded set with their login token (another school's teacher may not), three students play
 * (one a logged-in learner), and the CMS keeps the session, every answer and the report, and the
 * learner's own record.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Payload } from 'payload';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { payloadHostAuth, payloadPlayerAuth, payloadQuizSource } from '../../cms/classroom/live-seams';
import { payloadResultsSink } from '../../cms/classroom/results-sink';
import { LiveHub } from '../../cms/live/hub';
import { MemoryLiveStore } from '../../cms/live/memory-store';
import { DEMO_QUIZ_SET } from '../../cms/seed/classroom';
import { LiveClient } from '../helpers/live-client';
import { learningPayload } from '../helpers/learning-payload';
import { makeAgency, makeUser, unique } from '../helpers/payload';

let payload: Payload;
let server: Server;
let hub: LiveHub;
let url: string;

beforeAll(async () => {
  payload = await learningPayload();
  hub = new LiveHub({ store: new MemoryLiveStore(), quizzes: payloadQuizSource(payload), sink: payloadResultsSink(payload), hostAuth: payloadHostAuth(payload), playerAuth: payloadPlayerAuth(payload) });
  server = createServer();
  server.on('upgrade', (req, socket, head) => hub.handleUpgrade(req, socket, head));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/live`;
});
afterAll(async () => {
  await hub.close();
  server.close();
});

it('a teacher hosts the seeded set; answers, the session report and a learner’s record land in the CMS', async () => {
  const set = (await payload.find({ collection: 'quiz-sets', where: { title: { equals: DEMO_QUIZ_SET } }, depth: 0, overrideAccess: true })).docs[0]!;
  const settings = { timerSec: 20, scoring: 'accuracy', hideNames: false } as const;
  const other = await makeUser(payload, 'teacher', (await makeAgency(payload)).id);
  const intruder = await LiveClient.open(url, { authorization: `JWT ${(await payload.login({ collection: 'users', data: { email: other.email, password: 'test-password-1' } })).token}` });
  intruder.send({ type: 'create', quizSetId: String(set.id), settings });
  expect(await intruder.next('error')).toMatchObject({ code: 'forbidden' });

  const token = (await payload.login({ collection: 'users', data: { email: 'teacher@pufa.local', password: 'pufa-demo-2026' } })).token;
  const host = await LiveClient.open(url, { authorization: `JWT ${token}` });
  host.send({ type: 'create', quizSetId: String(set.id), settings });
  const created = await host.next('created');
  expect(created.total).toBe(5);

  const email = `live-${unique()}@t.local`;
  const learner = await payload.create({ collection: 'learners', data: { email, password: 'learner-pass-1', displayName: '学员小李', audience: 'students' } });
  const learnerToken = (await payload.login({ collection: 'learners', data: { email, password: 'learner-pass-1' } })).token;
  const players = await Promise.all([['小李', { authorization: `JWT ${learnerToken}` }], ['小赵', {}], ['小钱', {}]].map(async ([nickname, headers]) => {
    const c = await LiveClient.open(url, headers as Record<string, string>);
    c.send({ type: 'join', code: created.code, nickname: nickname as string });
    await c.next('joined');
    return c;
  }));
  await host.next('lobby', (m) => m.players.length === 3);
  host.send({ type: 'next' });
  for (const [i, p] of players.entries()) {
    await p.next('question');
    p.send({ type: 'answer', questionIndex: 0, choice: [i === 2 ? 1 : 0] });
  }
  await players[0]!.next('result');
  host.send({ type: 'end' });
  await host.next('ended');

  // Results are written in order after the game; wait for the session to be marked ended.
  let session;
  for (let i = 0; i < 50 && session?.status !== 'ended'; i += 1) {
    session = (await payload.find({ collection: 'class-sessions', where: { code: { equals: created.code } }, sort: '-startedAt', depth: 0, overrideAccess: true })).docs[0];
    if (session?.status !== 'ended') await new Promise((r) => setTimeout(r, 100));
  }
  expect(session).toMatchObject({ status: 'ended', mode: 'live', title: DEMO_QUIZ_SET });
  const answers = await payload.find({ collection: 'class-answers', where: { session: { equals: session!.id } }, sort: 'nickname', depth: 0, overrideAccess: true });
  expect(answers.docs.filter((a) => (a.choice as number[]).length > 0).map((a) => [a.nickname, a.correct, a.points]).sort()).toEqual([['小李', true, 1000], ['小赵', true, 1000], ['小钱', false, 0]].sort());
  expect(answers.docs.find((a) => a.nickname === '小李')?.learner).toBe(learner.id);
  const record = await payload.find({ collection: 'learning-records', where: { and: [{ learner: { equals: learner.id } }, { objectId: { equals: `class-session:${session!.id}` } }] }, overrideAccess: true });
  expect(record.docs[0]?.statement).toMatchObject({ verb: 'completed', result: { score: { raw: 1, max: 1 } } });
});
