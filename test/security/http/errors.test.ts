/**
 * Over real HTTP: every collection's REST routes probed with odd input
 * (ids that are words, /versions, bad where values, 10,000-deep JSON, broken multipart
 * `_payload`) answer 4xx with a Chinese message, never 500. Same cases against Payload alone:
 * test/security/api/errors.test.ts.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';
import { staffToken } from './other-origin';

const base = inject('baseURL');
let token: string;

const COLLECTIONS = [
  'users', 'agencies', 'responsibility-lists', 'campaigns', 'key-dates', 'reports', 'laws', 'law-versions', 'law-articles', 'questions',
  'media', 'learners', 'learning-records', 'exam-settings', 'exam-attempts', 'exam-accommodations', 'certificates',
];
const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;

beforeAll(async () => {
  token = await staffToken(base, 'admin@pufa.local', DEMO_PASSWORD);
});

async function probe(method: string, path: string, body?: BodyInit, type?: string): Promise<string | null> {
  const res = await fetch(`${base}/api${path}`, {
    method,
    body,
    headers: { Authorization: `JWT ${token}`, ...(type ? { 'Content-Type': type } : {}) },
  });
  const text = await res.text();
  if (res.status >= 500) return `${res.status} ${method} ${path}: ${text.slice(0, 120)}`;
  if (res.status >= 400 && !/[\u4e00-\u9fff]/.test(text)) return `${res.status} ${method} ${path} without a Chinese message: ${text.slice(0, 120)}`;
  return null;
}

describe('odd REST input on every collection', () => {
  it.each(COLLECTIONS)('%s answers 4xx with a Chinese message, never 500', async (slug) => {
    const form = new FormData();
    form.set('_payload', '{"name":');
    const results = await Promise.all([
      probe('GET', `/${slug}/versions`),
      probe('GET', `/${slug}/abc`),
      probe('PATCH', `/${slug}/abc`, '{}', 'application/json'),
      probe('DELETE', `/${slug}/abc`),
      probe('GET', `/${slug}?where=abc`),
      probe('GET', `/${slug}?where[id][in]=a,b`),
      probe('GET', `/${slug}?where[id][near]=1`),
      probe('GET', `/${slug}?where[createdAt][greater_than]=notadate`),
      probe('GET', `/${slug}/count?where=x`),
      probe('POST', `/${slug}`, deep, 'application/json'),
      probe('POST', `/${slug}`, 'null', 'application/json'),
      probe('POST', `/${slug}`),
      probe('POST', `/${slug}`, form),
    ]);
    expect(results.filter(Boolean)).toEqual([]);
  });

  it('staff accounts have no e-mail verification route to crash', async () => {
    expect(await probe('POST', '/users/verify/abc')).toBeNull();
  });

  it('paging, joins, upload paths and related records that do not exist answer 4xx', async () => {
    const results = await Promise.all([
      probe('GET', '/agencies?limit=1.5'),
      probe('GET', '/agencies?limit=1e20'),
      probe('GET', '/agencies?page=99999999999999999999'),
      probe('GET', '/laws?limit=1&joins[versions][limit]=99999999999999999999'),
      probe('GET', '/media/file/..%2f..%2fpackage.json'),
      probe('POST', '/law-versions', '{"label":"v","law":999999,"title":"x","versionDate":"2020-01-01"}', 'application/json'),
      probe('POST', '/campaigns', '{"theme":"x","agency":999999,"startDate":"2026-01-01","target":"机关","place":"x"}', 'application/json'),
      probe('PATCH', '/agencies?where[id][equals]=1', '{"parent":999999}', 'application/json'),
    ]);
    expect(results.filter(Boolean)).toEqual([]);
  });
});
