/**
 * `npm run bench -- live`: 1,000 simulated students in 5 live games of 200 against one live
 * server process (cms/live/standalone.ts, in-process store), the load generator in this process
 * on the same machine. Each round the 5 teachers press "next" at once; students answer over the
 * next 3 s. Measures the p95 from "next" to a student receiving the question, the p95 answer
 * acknowledgement, answers lost (sent vs acknowledged vs stored by the server's results sink), and
 * the server's memory per 1,000 connections (RSS after all joined minus RSS before, scaled).
 * Options: --players 1000 --games 5 --rounds 5; --redis: its own redis-server and TWO server
 * processes sharing the games (teachers on the first, students alternating), memory summed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import type { LiveQuestion, ServerMessage } from '../core/live/protocol';

const { values } = parseArgs({ options: { players: { type: 'string', default: '1000' }, games: { type: 'string', default: '5' }, rounds: { type: 'string', default: '5' }, redis: { type: 'boolean', default: false } } });
const PLAYERS = Number(values.players);
const GAMES = Number(values.games);
const ROUNDS = Number(values.rounds);
const TOKEN = 'bench';

const questions: LiveQuestion[] = Array.from({ length: ROUNDS }, (_, i) => ({
  id: `b${i}`, kind: 'single', text: `第${i + 1}题：以下哪一项是国家宪法日？`, options: ['12月4日', '3月15日', '6月26日', '9月1日'], correct: [0],
}));

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! : NaN;
};
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Client {
  ws: WebSocket;
  on: (msg: ServerMessage) => void;
}

function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    const client: Client = { ws, on: () => {} };
    ws.on('message', (d) => client.on(JSON.parse(d.toString()) as ServerMessage));
    ws.once('open', () => resolve(client));
    ws.once('error', reject);
  });
}

/** Resolves on the first message of `type` the client receives from now on. */
const expectMsg = <T extends ServerMessage['type']>(c: Client, type: T) => new Promise<Extract<ServerMessage, { type: T }>>((resolve) => {
  const prev = c.on;
  c.on = (m) => {
    if (m.type === type) {
      c.on = prev;
      resolve(m as Extract<ServerMessage, { type: T }>);
    } else prev(m);
  };
});

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

/** Starts one live server process; resolves with its WebSocket URL once it listens. */
async function startServer(quizFile: string, redis: string | null): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cms/live/standalone.ts', '--quiz', quizFile, '--host-token', TOKEN, ...(redis ? ['--redis', redis] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const port = await new Promise<number>((resolve) => child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    const m = /ready (\d+)/.exec(out);
    if (m) resolve(Number(m[1]));
  }));
  return { child, url: `ws://127.0.0.1:${port}/live`, out: () => out };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-bench-live-'));
  const quizFile = path.join(dir, 'quiz.json');
  writeFileSync(quizFile, JSON.stringify({ title: '压测', questions }));
  let redisServer: ChildProcess | null = null;
  let redisUrl: string | null = null;
  if (values.redis) {
    const redisPort = await freePort();
    redisServer = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redisUrl = `redis://127.0.0.1:${redisPort}`;
    await sleep(500);
  }
  const servers = await Promise.all((values.redis ? [0, 1] : [0]).map(() => startServer(quizFile, redisUrl)));
  const server = servers[0]!.child;
  const url = servers[0]!.url;
  const playerUrl = (i: number) => servers[i % servers.length]!.url;
  await sleep(1000);
  const rssAll = () => servers.reduce((sum, s) => sum + rssMb(s.child.pid!), 0);
  const rssBefore = rssAll();
  const load = loadavg()[0]!;

  const hosts = await Promise.all(Array.from({ length: GAMES }, () => connect(url, { authorization: `Bearer ${TOKEN}` })));
  const codes = await Promise.all(hosts.map(async (h) => {
    const created = expectMsg(h, 'created');
    h.ws.send(JSON.stringify({ type: 'create', quizSetId: 'bench', settings: { timerSec: 60, scoring: 'speed', hideNames: false } }));
    return (await created).code;
  }));
  const nextLatency: number[] = [];
  const ackLatency: number[] = [];
  let sent = 0;
  let acked = 0;
  const nextAt: number[] = codes.map(() => 0);
  const players: Client[] = [];
  for (let i = 0; i < PLAYERS; i += 50) {
    players.push(...await Promise.all(Array.from({ length: Math.min(50, PLAYERS - i) }, async (_, k) => {
      const game = (i + k) % GAMES;
      const c = await connect(playerUrl(i + k));
      const joined = expectMsg(c, 'joined');
      c.ws.send(JSON.stringify({ type: 'join', code: codes[game], nickname: `学生${i + k}` }));
      await joined;
      let answeredAt = 0;
      c.on = (m) => {
        if (m.type === 'question' && m.pausedRemainingMs === undefined) {
          nextLatency.push(performance.now() - nextAt[game]!);
          setTimeout(() => {
            answeredAt = performance.now();
            sent++;
            c.ws.send(JSON.stringify({ type: 'answer', questionIndex: m.index, choice: [Math.random() < 0.7 ? 0 : 1] }));
          }, Math.random() * 3000);
        } else if (m.type === 'ack') {
          ackLatency.push(performance.now() - answeredAt);
          if (m.accepted) acked++;
        }
      };
      return c;
    })));
  }
  await sleep(1000);
  const rssJoined = rssAll();

  for (let round = 0; round < ROUNDS; round++) {
    const closed = hosts.map((h) => expectMsg(h, 'closed'));
    hosts.forEach((h, g) => {
      nextAt[g] = performance.now();
      h.ws.send(JSON.stringify({ type: 'next' }));
    });
    await Promise.all(closed);
    const revealed = hosts.map((h) => expectMsg(h, 'reveal'));
    for (const h of hosts) h.ws.send(JSON.stringify({ type: 'reveal' }));
    await Promise.all(revealed);
  }
  const ended = hosts.map((h) => expectMsg(h, 'ended'));
  for (const h of hosts) h.ws.send(JSON.stringify({ type: 'end' }));
  await Promise.all(ended);
  await sleep(500);
  // The games ran on the first process (the teachers'); its results sink counts what it stored.
  const stats = new Promise<{ answers: number }>((resolve) => server.stdout!.on('data', () => {
    const line = servers[0]!.out().trim().split('\n').at(-1)!;
    if (line.startsWith('{')) resolve(JSON.parse(line) as { answers: number });
  }));
  const exited = servers.map((s) => new Promise((resolve) => s.child.once('exit', resolve)));
  for (const s of servers) s.child.kill('SIGTERM');
  const stored = (await stats).answers;
  for (const c of [...players, ...hosts]) c.ws.terminate();
  await Promise.all(exited);
  redisServer?.kill('SIGTERM');

  const expected = PLAYERS * ROUNDS;
  const lost = expected - Math.min(sent, acked, stored);
  const memPer1000 = ((rssJoined - rssBefore) * 1000) / PLAYERS;
  console.log(`live${values.redis ? ' (Redis, 2 server processes)' : ''}: ${cpus().length} cores, load average ${load.toFixed(2)} before the run; server RSS ${rssBefore.toFixed(0)} MB idle, ${rssJoined.toFixed(0)} MB with ${PLAYERS} players; ${ROUNDS} rounds, ${nextLatency.length} questions received, ${sent} answers sent, ${acked} acknowledged, ${stored} stored`);
  console.log(`live players=${PLAYERS} next_p95_ms=${p95(nextLatency).toFixed(0)} ack_p95_ms=${p95(ackLatency).toFixed(0)} lost=${lost} mem_mb_per_1000=${memPer1000.toFixed(1)}`);
  process.exit(0);
}

void main();
