/**
 * Odd REST input ended as 500 ("An unknown error occurred."): ids that are
 * not ids (`/api/<collection>/versions`), `where` values the database cannot bind, and JSON
 * bodies nested 10,000 deep. Each request is replayed through Payload's REST handler with and
 * without the guard the REST route puts in front of it (cms/security/api-guard.ts): without it
 * the answer is 500, with it a 4xx with a Chinese message. Over real HTTP, every collection:
 * test/security/http/errors.test.ts.
 */
import { handleEndpoints, type Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardApiRequest } from '../../../cms/security/api-guard';
import { makeUser, testPayload, unique } from '../../helpers/payload';
import type { DocId } from '../../../cms/relation';

let payload: Payload;
let token: string;
let agencyId: DocId;

const nested = (n: number, open: string, close: string) => `${open.repeat(n)}1${close.repeat(n)}`;
const deepArrays = nested(10_000, '[', ']');
const deepObjects = nested(10_000, '{"a":', '}');

beforeAll(async () => {
  payload = await testPayload();
  const admin = await makeUser(payload, 'admin');
  const login = await payload.login({ collection: 'users', data: { email: (admin as unknown as { email: string }).email, password: 'test-password-1' } });
  token = login.token!;
  agencyId = (await payload.create({ collection: 'agencies', data: { name: `错误输入单位${unique()}`, kind: '学校', level: '区县' } })).id;
});

type Init = { body?: BodyInit; type?: string; headers?: Record<string, string> };
const request = (method: string, path: string, { body, type, headers = {} }: Init = {}) =>
  new Request(`http://localhost/api${path}`, {
    method,
    body,
    headers: { Authorization: `JWT ${token}`, ...(type ? { 'Content-Type': type } : {}), ...headers },
  });

/** Payload's REST handler alone, as before the fix (its error log muted: the 500s are expected). */
async function bare(method: string, path: string, init?: Init): Promise<Response> {
  const level = payload.logger.level;
  payload.logger.level = 'silent';
  try {
    return await handleEndpoints({ config: payload.config, request: request(method, path, init) });
  } finally {
    payload.logger.level = level;
  }
}

/** The REST route as it is now: the guard, then Payload. */
async function guarded(method: string, path: string, init?: Init): Promise<Response> {
  const checked = await guardApiRequest(payload, request(method, path, init));
  if ('refusal' in checked) return Response.json({ errors: [{ message: checked.refusal.message }] }, { status: checked.refusal.status });
  return handleEndpoints({ config: payload.config, request: checked.request });
}

const form = (payloadField: string) => {
  const data = new FormData();
  data.set('_payload', payloadField);
  return data;
};

// `:agency` is the agency made in beforeAll.
const CASES: Array<[string, string, string, Init | undefined, number]> = [
  ['collection without versions', 'GET', '/laws/versions', undefined, 404],
  ['a word for an id', 'GET', '/laws/abc', undefined, 404],
  ['a word for an id (delete)', 'DELETE', '/agencies/abc', undefined, 404],
  ['e-mail verification on staff accounts', 'POST', '/users/verify/abc', undefined, 404],
  ['bare where that is not JSON', 'GET', '/laws?where=abc', undefined, 400],
  ['count with a bare where', 'GET', '/laws/count?where=x', undefined, 400],
  ['ids that are words', 'GET', '/laws?where[id][in]=a,b', undefined, 400],
  ['an object as a value', 'GET', '/laws?where[id][equals][x]=1', undefined, 400],
  ['a geo operator on an id', 'GET', '/laws?where[id][near]=1', undefined, 400],
  ['a date that is not one', 'GET', '/laws?where[createdAt][greater_than]=notadate', undefined, 400],
  ['a relation id that is a word', 'GET', '/campaigns?where[agency][equals]=abc', undefined, 400],
  ['bulk delete with a bare where', 'DELETE', '/laws?where=abc', undefined, 400],
  ['10,000 nested arrays', 'POST', '/agencies', { body: deepArrays, type: 'application/json' }, 400],
  ['10,000 nested objects', 'POST', '/agencies', { body: deepObjects, type: 'application/json' }, 400],
  ['10,000 nested objects in an update', 'PATCH', '/agencies/:agency', { body: `{"name":"x","extra":${deepObjects}}`, type: 'application/json' }, 400],
  ['null as a document', 'POST', '/agencies', { body: 'null', type: 'application/json' }, 400],
  ['a number as a document', 'POST', '/agencies', { body: '7', type: 'application/json' }, 400],
  ['no body', 'POST', '/agencies', undefined, 400],
  ['multipart _payload that is not JSON', 'POST', '/agencies', { body: form('{"name":') }, 400],
  ['multipart _payload 10,000 deep', 'POST', '/agencies', { body: form(`{"a":${deepArrays}}`) }, 400],
  ['a relation to a record that does not exist', 'POST', '/law-versions', { body: '{"label":"v","law":999999,"title":"x","versionDate":"2020-01-01"}', type: 'application/json' }, 400],
  ['a parent that does not exist', 'PATCH', '/agencies/:agency', { body: '{"parent":999999}', type: 'application/json' }, 400],
  ['a fractional limit', 'GET', '/agencies?limit=1.5', undefined, 400],
  ['a limit past what SQLite binds', 'GET', '/agencies?limit=1e20', undefined, 400],
];
// 500s over HTTP on the seeded database (test/security/http/errors.test.ts); here only the guard's answer.
const GUARD_ONLY: Array<[string, string, string, number]> = [
  ['a join page past what SQLite binds', 'GET', '/laws?joins[versions][page]=99999999999999999999', 400],
  ['an upload file name with a path', 'GET', '/media/file/..%2f..%2fpackage.json', 404],
];

describe('odd REST input', () => {
  it.each(CASES)('%s: %s %s was a 500, is now a 4xx with a Chinese message', async (_name, method, template, init, status) => {
    const path = template.replace(':agency', String(agencyId));
    expect((await bare(method, path, init)).status).toBe(500);
    const res = await guarded(method, path, init);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(GUARD_ONLY)('%s: %s %s is refused', async (_name, method, path, status) => {
    expect((await guarded(method, path)).status).toBe(status);
  });

  it('refuses an unsupported body type for a create with 415', async () => {
    const res = await guarded('POST', '/agencies', { body: 'name=x', type: 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('refuses a GET-override POST whose JSON body is broken', async () => {
    const res = await guarded('POST', '/laws', { body: '{"where":', type: 'application/json', headers: { 'X-HTTP-Method-Override': 'GET' } });
    expect(res.status).toBe(400);
  });
});

describe('project endpoints', () => {
  it('keep their own bounded body reading: the guard hands their request on unread', async () => {
    for (const path of ['/learners/sync', '/users/forgot-password', '/responsibility-lists/import']) {
      const original = request('POST', path, { body: deepArrays, type: 'application/json' });
      const checked = await guardApiRequest(payload, original);
      expect('request' in checked && checked.request).toBe(original);
      expect(original.bodyUsed).toBe(false);
    }
  });
});

describe('ordinary input still works through the guard', () => {
  it('creates from JSON and from a multipart form, reads by id and by where', async () => {
    const created = await guarded('POST', '/agencies', { body: JSON.stringify({ name: `守卫单位${unique()}`, kind: '学校', level: '区县' }), type: 'application/json' });
    expect(created.status).toBe(201);
    const { doc } = (await created.json()) as { doc: { id: number } };
    const viaForm = await guarded('POST', '/agencies', { body: form(JSON.stringify({ name: `表单单位${unique()}`, kind: '村居', level: '村' })) });
    expect(viaForm.status).toBe(201);
    expect((await guarded('GET', `/agencies/${doc.id}`)).status).toBe(200);
    const found = await guarded('GET', `/agencies?where[or][0][and][0][id][in]=${doc.id},999999&where[or][0][and][1][createdAt][greater_than]=2020-01-01&depth=0`);
    expect(((await found.json()) as { docs: unknown[] }).docs).toHaveLength(1);
    const patched = await guarded('PATCH', `/agencies/${doc.id}`, { body: JSON.stringify({ shortName: '守卫' }), type: 'application/json' });
    expect(patched.status).toBe(200);
  });
});
