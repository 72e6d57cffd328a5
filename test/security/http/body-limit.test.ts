/**
 * Finding 7 against the real server: a chunked body (no Content-Length) of 10 MB to the learner
 * sync and the exam submission is answered 413 once the limit is passed, long before the client
 * has sent it all, and the server keeps serving.
 */
import { request } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';

const base = inject('baseURL');
let token: string;

beforeAll(async () => {
  const res = await fetch(`${base}/api/learners/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'liuyang@learner.pufa.local', password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  token = ((await res.json()) as { token: string }).token;
});

/**
 * Streams up to `total` bytes as chunked JSON to `path`, stopping when the server answers.
 * Resolves with the status, the server's message and how many bytes were sent before the answer.
 */
function chunkedPost(path: string, total: number, prefix: string) {
  return new Promise<{ status: number; body: string; sentBeforeAnswer: number }>((resolve, reject) => {
    const url = new URL(path, base);
    const req = request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', Authorization: `JWT ${token}` },
    });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    req.on('response', (res) => {
      answered = true;
      const at = sent;
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), sentBeforeAnswer: at });
        req.destroy();
      });
    });
    // Once answered, the server may close while we still write: that is the point, not a failure.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(sent === chunk.length ? Buffer.concat([Buffer.from(prefix), chunk]) : chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const TEN_MB = 10 * 1024 * 1024;

describe('chunked request bodies over the limit', () => {
  it.each([
    ['/api/learners/sync', '{"statements":['],
    ['/api/exam-attempts/1/submit', '{"responses":{'],
    // Payload's own REST endpoints, read by the input guard (cms/security/api-guard.ts).
    ['/api/agencies', '{"name":"'],
  ])('%s answers 413 before the 10 MB are sent, and the server stays up', async (path, prefix) => {
    const started = Date.now();
    const { status, body, sentBeforeAnswer } = await chunkedPost(path, TEN_MB, prefix);
    expect(status, body).toBe(413);
    expect(body).toContain('上限');
    expect(sentBeforeAnswer).toBeLessThan(TEN_MB);
    expect(Date.now() - started).toBeLessThan(10_000);
    const health = await fetch(`${base}/api/learners/sync`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ statements: [] }),
    });
    expect(health.status).toBeLessThan(500);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });
});
