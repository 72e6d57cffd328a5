/**
 * The socket layer at /live on a real HTTP server in this process (in-process store): a whole
 * game over WebSocket, a refresh that resumes, the server timer, host checks and refusals.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveQuestion } from '../../core/live/protocol';
import { LiveHub } from '../../cms/live/hub';
import { MemoryLiveStore } from '../../cms/live/memory-store';
import { MemoryResultsSink } from '../../cms/live/services';
import { LiveClient } from '../helpers/live-client';

const QUESTIONS: LiveQuestion[] = [
  { id: 'a', kind: 'single', text: '国家宪法日是？', options: ['12月4日', '5月1日'], correct: [0] },
  { id: 'b', kind: 'truefalse', text: '8周岁以上的未成年人是限制民事行为能力人。', options: ['正确', '错误'], correct: [0], timerSec: 5 },
];
const TEACHER = { authorization: 'Bearer t' };
let server: Server;
let hub: LiveHub;
let url: string;
const sink = new MemoryResultsSink();

beforeAll(async () => {
  hub = new LiveHub({
    store: new MemoryLiveStore(), sink,
    quizzes: { load: async (id) => (id === 'set-1' ? { title: '宪法小测', questions: QUESTIONS } : null) },
    hostAuth: { authorize: async ({ headers, quizSetId }) => (headers.authorization === 'Bearer t' && quizSetId === 'set-1' ? { hostId: 'u1' } : null) },
    joinRule: { limit: 8, windowMs: 60_000 },
  });
  server = createServer();
  server.on('upgrade', (req, socket, head) => hub.handleUpgrade(req, socket, head));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/live`;
});

afterAll(async () => {
  await hub.close();
  server.close();
});

const settings = { timerSec: 20, scoring: 'accuracy', hideNames: false } as const;

describe('live socket layer', () => {
  it('plays a game: create, join, question without key, answers, resume after refresh, timer, reveal, end', async () => {
    const host = await LiveClient.open(url, TEACHER);
    host.send({ type: 'create', quizSetId: 'set-1', settings });
    const created = await host.next('created');
    expect(created.code).toMatch(/^[1-9]\d{5}$/);
    const screen = await LiveClient.open(url);
    screen.send({ type: 'watch', code: created.code, screenKey: created.screenKey });
    await screen.next('watching');
    const students = await Promise.all(['小明', '小红', '小刚'].map(async (nickname) => {
      const c = await LiveClient.open(url);
      c.send({ type: 'join', code: created.code, nickname });
      return { c, joined: await c.next('joined') };
    }));
    await host.next('lobby', (m) => m.players.length === 3);
    host.send({ type: 'next' });
    const q = await students[0]!.c.next('question');
    expect(q).toMatchObject({ index: 0, total: 2, text: '国家宪法日是？' });
    expect(JSON.stringify(q)).not.toContain('correct');
    students[0]!.c.send({ type: 'answer', questionIndex: 0, choice: [0] });
    expect(await students[0]!.c.next('ack')).toMatchObject({ accepted: true });
    // 小红 refreshes mid-question: a new socket with the resume token is the same player.
    students[1]!.c.close();
    const again = await LiveClient.open(url);
    again.send({ type: 'join', code: created.code, nickname: '', resumeToken: students[1]!.joined.resumeToken });
    expect((await again.next('joined')).playerId).toBe(students[1]!.joined.playerId);
    expect((await again.next('question')).index).toBe(0);
    again.send({ type: 'answer', questionIndex: 0, choice: [1] });
    students[2]!.c.send({ type: 'answer', questionIndex: 0, choice: [0] });
    // All answered → closed; results per player.
    expect(await students[0]!.c.next('result')).toMatchObject({ correct: true, points: 1000 });
    expect(await again.next('result')).toMatchObject({ correct: false, total: 0 });
    host.send({ type: 'reveal' });
    expect(await screen.next('reveal')).toMatchObject({ correctOptions: [0], distribution: [2, 1] });
    host.send({ type: 'next' });
    const q2 = await students[0]!.c.next('question', (m) => m.index === 1);
    expect(q2.remainingMs).toBeGreaterThan(4000);
    students[0]!.c.send({ type: 'answer', questionIndex: 1, choice: [0] });
    // Nobody else answers: the server's 5 s timer closes the question.
    const started = Date.now();
    await host.next('closed', (m) => m.questionIndex === 1, 8000);
    expect(Date.now() - started).toBeGreaterThan(3000);
    host.send({ type: 'end' });
    const ended = await host.next('ended');
    expect(ended.report!.students.map((s) => [s.nickname, s.score])).toEqual([['小明', 2000], ['小红', 0], ['小刚', 1000]]);
    expect((await students[2]!.c.next('ended')).player).toMatchObject({ score: 1000, rank: 2 });
    await hub.runner(created.code)!.flushed();
    expect(sink.questions.filter((x) => x.game.code === created.code).map((x) => x.answers.length)).toEqual([3, 1]);
    expect(sink.reports.at(-1)!.code).toBe(created.code);
    for (const c of [host, screen, again, students[0]!.c, students[2]!.c]) c.close();
  }, 30_000);

  it('refuses a host without the teacher identity, a wrong screen key and player commands', async () => {
    const stranger = await LiveClient.open(url);
    stranger.send({ type: 'create', quizSetId: 'set-1', settings });
    expect((await stranger.next('error')).code).toBe('forbidden');
    const host = await LiveClient.open(url, TEACHER);
    host.send({ type: 'create', quizSetId: 'set-1', settings });
    const { code } = await host.next('created');
    const thief = await LiveClient.open(url);
    thief.send({ type: 'host', code });
    expect((await thief.next('error')).code).toBe('forbidden');
    const screen = await LiveClient.open(url);
    screen.send({ type: 'watch', code, screenKey: 'guess' });
    expect(await screen.next('error')).toMatchObject({ code: 'forbidden', message: '投屏密钥不正确。' });
    const player = await LiveClient.open(url);
    player.send({ type: 'join', code, nickname: '甲' });
    await player.next('joined');
    player.send({ type: 'next' });
    expect((await player.next('error')).code).toBe('forbidden');
    // The wrong screen never receives the lobby or questions.
    host.send({ type: 'next' });
    await player.next('question');
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.messages.map((m) => m.type)).toEqual(['error']);
    for (const c of [stranger, host, thief, screen, player]) c.close();
  });

  it('closes a removed player (4001) and refuses their token; a second tab takes over the first (4000)', async () => {
    const host = await LiveClient.open(url, TEACHER);
    host.send({ type: 'create', quizSetId: 'set-1', settings });
    const { code } = await host.next('created');
    const a = await LiveClient.open(url);
    a.send({ type: 'join', code, nickname: '甲' });
    const joined = await a.next('joined');
    const tab2 = await LiveClient.open(url);
    tab2.send({ type: 'join', code, nickname: '', resumeToken: joined.resumeToken });
    await tab2.next('joined');
    expect((await a.waitClosed()).code).toBe(4000);
    host.send({ type: 'remove', playerId: joined.playerId });
    await tab2.next('removed');
    expect((await tab2.waitClosed()).code).toBe(4001);
    const back = await LiveClient.open(url);
    back.send({ type: 'join', code, nickname: '', resumeToken: joined.resumeToken });
    expect(await back.next('error')).toMatchObject({ code: 'removed', message: '你已被老师移出本次测验。' });
    // The same socket may try again under a new name (a refused join is not a membership).
    back.send({ type: 'join', code, nickname: '乙' });
    expect((await back.next('joined')).nickname).toBe('乙');
    for (const c of [host, back]) c.close();
  });

  it('refuses 7-digit codes, oversized frames and too many failed joins from one address', async () => {
    const c = await LiveClient.open(url);
    c.send('{"type":"join","code":"1234567","nickname":"a"}');
    expect(await c.next('error')).toMatchObject({ code: 'bad-message', message: '加入码应为6位数字。' });
    c.send(JSON.stringify({ type: 'join', code: '123456', nickname: 'x'.repeat(3000) }));
    expect((await c.next('error')).code).toBe('too-large');
    expect((await c.waitClosed()).code).toBe(1009);
    const guesser = await LiveClient.open(url);
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) {
      guesser.send({ type: 'join', code: String(100000 + i), nickname: 'g' });
      codes.push((await guesser.next('error')).code);
    }
    expect(codes.filter((x) => x === 'no-game').length).toBeLessThanOrEqual(8);
    expect(codes.at(-1)).toBe('rate-limited');
    guesser.close();
  });
});
