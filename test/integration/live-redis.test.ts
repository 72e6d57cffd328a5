/**
 * Two server processes sharing games through Redis: the teacher on one, students on the other
 * (and one on each), same game. Starts its own redis-server (Debian redis-server) on a free port
 * and two standalone live servers (cms/live/standalone.ts) with PUFA_LIVE_REDIS_URL-style stores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveQuestion } from '../../core/live/protocol';
import { LiveClient } from '../helpers/live-client';

const QUESTIONS: LiveQuestion[] = [
  { id: 'r1', kind: 'single', text: '宪法是国家的什么法？', options: ['根本法', '普通法', '地方法'], correct: [0] },
  { id: 'r2', kind: 'multiple', text: '哪些是法治六进的对象？', options: ['机关', '乡村', '月球'], correct: [0, 1], timerSec: 5 },
];
const children: ChildProcess[] = [];

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

/** Spawns a process and resolves with the first stdout line matching `ready`. */
function start(cmd: string, args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${cmd} not ready: ${out}`)), 30_000);
    const look = (d: Buffer) => {
      out += d.toString();
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => reject(new Error(`${cmd} exited ${code}: ${out}`)));
  });
}

let redisUrl = '';
let urlA = '';
let urlB = '';
let serverA: ChildProcess;

beforeAll(async () => {
  const redisPort = await freePort();
  await start('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], /Ready to accept connections/);
  redisUrl = `redis://127.0.0.1:${redisPort}`;
  const quiz = path.join(mkdtempSync(path.join(tmpdir(), 'pufa-live-')), 'quiz.json');
  writeFileSync(quiz, JSON.stringify({ title: '双进程测验', questions: QUESTIONS }));
  // node itself (not the tsx wrapper), so that killing it leaves no child behind.
  const args = ['--import', 'tsx', 'cms/live/standalone.ts', '--quiz', quiz, '--host-token', 't', '--redis', redisUrl];
  const [a, b] = await Promise.all([start(process.execPath, args, /ready (\d+)/), start(process.execPath, args, /ready (\d+)/)]);
  serverA = a.child;
  urlA = `ws://127.0.0.1:${a.match[1]}/live`;
  urlB = `ws://127.0.0.1:${b.match[1]}/live`;
}, 60_000);

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

describe('live quiz on Redis across two processes', () => {
  it('teacher on process A, students on process B (one on A), a student moves from B to A mid-game', async () => {
    const host = await LiveClient.open(urlA, { authorization: 'Bearer t' });
    host.send({ type: 'create', quizSetId: 'x', settings: { timerSec: 30, scoring: 'speed', hideNames: true } });
    const { code, screenKey } = await host.next('created');
    const screen = await LiveClient.open(urlB);
    screen.send({ type: 'watch', code, screenKey });
    await screen.next('watching');
    const names = ['李一', '李二', '李三', '李四'];
    const players = await Promise.all(names.map(async (nickname, i) => {
      const c = await LiveClient.open(i === 3 ? urlA : urlB);
      c.send({ type: 'join', code, nickname });
      return { c, joined: await c.next('joined') };
    }));
    await screen.next('lobby', (m) => m.players.length === 4);
    // The teacher re-attaches from process B (e.g. a refresh that a load balancer sent elsewhere).
    const host2 = await LiveClient.open(urlB, { authorization: 'Bearer t' });
    host2.send({ type: 'host', code });
    expect((await host2.next('hosting')).code).toBe(code);
    host2.send({ type: 'next' });
    for (const p of players) expect((await p.c.next('question')).index).toBe(0);
    players[0]!.c.send({ type: 'answer', questionIndex: 0, choice: [0] });
    expect(await players[0]!.c.next('ack')).toMatchObject({ accepted: true });
    players[1]!.c.send({ type: 'answer', questionIndex: 0, choice: [1] });
    players[3]!.c.send({ type: 'answer', questionIndex: 0, choice: [0] });
    // 李三 drops on B and comes back on A with the resume token.
    players[2]!.c.close();
    const moved = await LiveClient.open(urlA);
    moved.send({ type: 'join', code, nickname: '', resumeToken: players[2]!.joined.resumeToken });
    expect((await moved.next('joined')).playerId).toBe(players[2]!.joined.playerId);
    expect((await moved.next('question')).index).toBe(0);
    moved.send({ type: 'answer', questionIndex: 0, choice: [0] });
    expect(await moved.next('result')).toMatchObject({ correct: true });
    host.send({ type: 'reveal' });
    const reveal = await screen.next('reveal');
    expect(reveal).toMatchObject({ correctOptions: [0], distribution: [3, 1, 0] });
    expect(reveal.top5.every((t) => t.nickname === null)).toBe(true);
    host.send({ type: 'next' });
    await moved.next('question', (m) => m.index === 1);
    players[0]!.c.send({ type: 'answer', questionIndex: 1, choice: [1, 0] });
    // Nobody else: process A's timer closes it after 5 s, and B's sockets hear it.
    expect(await players[1]!.c.next('result', (m) => m.questionIndex === 1, 10_000)).toMatchObject({ answered: false });
    host2.send({ type: 'end' });
    const { report } = await host2.next('ended');
    expect(Object.fromEntries(report!.students.map((s) => [s.nickname, s.correctCount]))).toEqual({ 李一: 2, 李二: 0, 李三: 1, 李四: 1 });
    expect((await players[3]!.c.next('ended')).player!.players).toBe(4);
    // Results were written by the process that runs the game (A): 4 + 1 answers.
    const exit = new Promise<string>((resolve) => {
      let out = '';
      serverA.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      serverA.once('exit', () => resolve(out));
    });
    serverA.kill('SIGTERM');
    expect(JSON.parse((await exit).trim().split('\n').at(-1)!)).toMatchObject({ answers: 5, questions: 2, reports: 1 });
    for (const c of [host, host2, screen, moved, ...players.map((p) => p.c)]) c.close();
  }, 60_000);
});
