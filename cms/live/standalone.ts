/**
 * A minimal live-quiz server (no site, no admin): `tsx cms/live/standalone.ts --port N
 * --quiz file.json --host-token T [--redis URL]`. Hosts authenticate with `Authorization: Bearer T`.
 * Used by the two-process Redis test and the bench. Prints `ready <port>` once listening; on
 * SIGTERM prints the results it kept as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import type { LiveQuestion } from '../../core/live/protocol';
import { LiveHub } from './hub';
import { MemoryLiveStore } from './memory-store';
import { RedisLiveStore } from './redis-store';
import { MemoryResultsSink } from './services';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, quiz: { type: 'string' }, 'host-token': { type: 'string' }, redis: { type: 'string' } } });
const quiz = JSON.parse(readFileSync(values.quiz!, 'utf8')) as { title: string; questions: LiveQuestion[] };
const sink = new MemoryResultsSink();
const hub = new LiveHub({
  store: values.redis ? new RedisLiveStore(values.redis) : new MemoryLiveStore(),
  quizzes: { load: async () => quiz },
  sink,
  hostAuth: { authorize: async ({ headers }) => (headers.authorization === `Bearer ${values['host-token']}` ? { hostId: 'teacher' } : null) },
  // One address plays every simulated student here.
  joinRule: { limit: 100_000, windowMs: 1000 },
});
const server = createServer((_req, res) => res.writeHead(426).end());
server.on('upgrade', (req, socket, head) => {
  if (req.url?.split('?')[0] === '/live') hub.handleUpgrade(req, socket, head);
  else socket.destroy();
});
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : values.port}`);
});
process.on('SIGTERM', () => {
  const answers = sink.questions.reduce((n, q) => n + q.answers.length, 0);
  console.log(JSON.stringify({ answers, questions: sink.questions.length, reports: sink.reports.length, rssMb: process.memoryUsage().rss / 2 ** 20 }));
  void hub.close().catch(() => {}).finally(() => process.exit(0));
});
