/**
 * Any staff token lifted lockouts (`POST /api/users/unlock` and
 * `/api/learners/unlock` answered 200 to a teacher or an editor), so the 10-try lockout on the
 * admin account could be reset every 9 guesses; and nothing was rate-limited (30 wrong logins
 * from one address: 0 refused). Now unlock is for admins only, and login, unlock, reset,
 * sign-up and certificate checks answer 429 with Retry-After past their limits.
 */
import type { Payload } from 'payload';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RATE_LIMITS, resetRateLimits } from '../../../cms/security/rate-limit';
import { unique } from '../../helpers/payload';
import { LEARNER_PASSWORD, type Rest, learnerToken, makeLearner, makeStaff, messageOf, restSetup } from './auth-rest';
import type { DocId } from '../../../cms/relation';

let payload: Payload;
let rest: Rest;

beforeAll(async () => ({ payload, rest } = await restSetup()));
beforeEach(() => resetRateLimits());

const lock = (collection: 'users' | 'learners', id: DocId) =>
  payload.db.updateOne({ collection, id, data: { loginAttempts: 10, lockUntil: new Date(Date.now() + 600_000).toISOString() } });

describe('unlock', () => {
  it('is refused to teachers, reviewers and editors (403) and works for an admin', async () => {
    const learner = await makeLearner(payload);
    const target = await makeStaff(payload, 'admin');
    await lock('learners', learner.id);
    await lock('users', target.id);
    const refused = [await makeStaff(payload, 'teacher'), await makeStaff(payload, 'reviewer'), await makeStaff(payload, 'agency-editor', learner.unit)];
    for (const { token } of refused) {
      expect((await rest('POST', '/learners/unlock', { token, body: { email: learner.email } })).status).toBe(403);
      expect((await rest('POST', '/users/unlock', { token, body: { email: target.email } })).status).toBe(403);
    }
    await expect(learnerToken(payload, learner.email)).rejects.toMatchObject({ status: 401 });
    const admin = await makeStaff(payload, 'admin');
    expect((await rest('POST', '/learners/unlock', { token: admin.token, body: { email: learner.email } })).status).toBe(200);
    expect((await rest('POST', '/users/unlock', { token: admin.token, body: { email: target.email } })).status).toBe(200);
    expect(await learnerToken(payload, learner.email)).toBeTruthy();
  });
});

describe('rate limits', () => {
  const login = (email: string, address: string) => rest('POST', '/learners/login', { address, body: { email, password: 'wrong-password' } });

  it('login: 429 with Retry-After past the limit per address; another address is not affected', async () => {
    const { limit } = RATE_LIMITS.login.address;
    for (let i = 0; i < limit; i += 1) expect((await login(`spray-${i}-${unique()}@test.local`, '203.0.113.1')).status).toBe(401);
    const refused = await login(`spray-x-${unique()}@test.local`, '203.0.113.1');
    expect(refused.status).toBe(429);
    expect(messageOf(refused.body)).toMatch(/操作过于频繁/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(`spray-y-${unique()}@test.local`, '203.0.113.2')).status).toBe(401);
  });

  it('login: 429 past the limit per account, whatever the address; the right password waits too', async () => {
    const learner = await makeLearner(payload);
    const { limit } = RATE_LIMITS.login.account;
    for (let i = 0; i < limit; i += 1) expect((await login(learner.email, `192.0.2.${i + 1}`)).status).toBe(401);
    expect((await login(learner.email, '192.0.2.200')).status).toBe(429);
    const right = await rest('POST', '/learners/login', { address: '192.0.2.201', body: { email: learner.email.toUpperCase(), password: LEARNER_PASSWORD } });
    expect(right.status).toBe(429);
    // Staff accounts are counted apart from learner accounts.
    expect((await rest('POST', '/users/login', { address: '192.0.2.202', body: { email: learner.email, password: 'x-password' } })).status).toBe(401);
  });

  it('login: only failures count; an account used all day from one office address is never limited', async () => {
    const learner = await makeLearner(payload);
    const right = () => rest('POST', '/learners/login', { address: '192.0.2.99', body: { email: learner.email, password: LEARNER_PASSWORD } });
    for (let i = 0; i < RATE_LIMITS.login.account.limit * 2; i += 1) expect((await right()).status).toBe(200);
    for (let i = 0; i < RATE_LIMITS.login.account.limit; i += 1) expect((await login(learner.email, '192.0.2.98')).status).toBe(401);
    expect((await right()).status).toBe(429);
  });

  it('unlock, forgot/reset-password, reset codes and sign-up are limited too', async () => {
    const admin = await makeStaff(payload, 'admin');
    const learner = await makeLearner(payload);
    const cases: Array<['unlock' | 'forgot-password' | 'reset-password' | 'reset-code' | 'sign-up', () => ReturnType<Rest>]> = [
      ['unlock', () => rest('POST', '/learners/unlock', { token: admin.token, body: { email: learner.email } })],
      ['forgot-password', () => rest('POST', '/learners/forgot-password', { body: { email: learner.email } })],
      ['reset-password', () => rest('POST', '/learners/reset-password', { body: { email: learner.email, code: 'AAAA-BBBB-CC', password: 'fresh-password-1' } })],
      ['reset-code', () => rest('POST', `/learners/${learner.id}/reset-code`, { token: admin.token })],
      ['sign-up', () => rest('POST', '/learners', { body: { email: learner.email, password: LEARNER_PASSWORD, displayName: '重复', audience: 'officials' } })],
    ];
    for (const [action, call] of cases) {
      const limit = RATE_LIMITS[action].account.limit;
      for (let i = 0; i < limit; i += 1) expect((await call()).status, `${action} #${i + 1}`).not.toBe(429);
      const refused = await call();
      expect(refused.status, action).toBe(429);
      expect(refused.headers.get('retry-after'), action).toMatch(/^\d+$/);
    }
  });

  it('sign-ups from one address are limited', async () => {
    const { limit } = RATE_LIMITS['sign-up'].address;
    const signUp = () =>
      rest('POST', '/learners', { address: '203.0.113.50', body: { email: `bulk-${unique()}@test.local`, password: 'x', displayName: '批量', audience: 'officials' } });
    // Refused for the short password (400), but counted.
    for (let i = 0; i < limit; i += 1) expect((await signUp()).status).toBe(400);
    expect((await signUp()).status).toBe(429);
  });

  it('certificate verify and badge lookups are limited per address', async () => {
    const { limit } = RATE_LIMITS['certificate-check'].address;
    for (let i = 0; i < limit; i += 1) {
      const path = i % 2 ? `/certificates/verify?code=PF26-${i}` : `/certificates/badge?code=PF26-${i}`;
      expect((await rest('GET', path, { address: '203.0.113.9' })).status).not.toBe(429);
    }
    const refused = await rest('GET', '/certificates/verify?code=PF26-X', { address: '203.0.113.9' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await rest('GET', '/certificates/verify?code=PF26-X', { address: '203.0.113.10' })).status).not.toBe(429);
  });

  it('Local API calls (seeds, scripts) are never limited', async () => {
    const learner = await makeLearner(payload);
    for (let i = 0; i < RATE_LIMITS.login.account.limit + 5; i += 1) await learnerToken(payload, learner.email);
  });
});
