/**
 * Accounts: the server took 3-character passwords (the site form says 8),
 * changed a password or e-mail without the current password (a stolen session could take the
 * account over), and answered a sign-up naming a unit that does not exist with a 500.
 */
import type { Payload } from 'payload';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetRateLimits } from '../../../cms/security/rate-limit';
import { unique } from '../../helpers/payload';
import { LEARNER_PASSWORD, type Rest, STAFF_PASSWORD, learnerToken, makeLearner, makeStaff, messageOf, restSetup } from './auth-rest';

let payload: Payload;
let rest: Rest;

beforeAll(async () => ({ payload, rest } = await restSetup()));
beforeEach(() => resetRateLimits());

const signUp = (over: Record<string, unknown> = {}) =>
  rest('POST', '/learners', { body: { email: `new-${unique()}@test.local`, password: LEARNER_PASSWORD, displayName: '新学员', audience: 'officials', ...over } });

describe('password length', () => {
  it('a 7-character password is refused at sign-up, on update and for staff; 8 is accepted', async () => {
    const seven = await signUp({ password: '1234567' });
    expect(seven.status).toBe(400);
    expect(messageOf(seven.body)).toMatch(/至少需要 8 个字符/);
    expect((await signUp({ password: 'abc' })).status).toBe(400);
    expect((await signUp({ password: '12345678' })).status).toBe(201);

    const learner = await makeLearner(payload);
    const token = await learnerToken(payload, learner.email);
    const update = await rest('PATCH', `/learners/${learner.id}`, { token, body: { password: '1234567', currentPassword: LEARNER_PASSWORD } });
    expect(update.status).toBe(400);

    const admin = await makeStaff(payload, 'admin');
    const staff = await rest('POST', '/users', { token: admin.token, body: { email: `s-${unique()}@test.local`, password: '1234567', name: '新同事', role: 'teacher' } });
    expect(staff.status).toBe(400);
    await expect(payload.create({ collection: 'users', data: { email: `s-${unique()}@test.local`, password: 'short', name: '脚本', role: 'teacher' } })).rejects.toMatchObject({ status: 400 });
  });
});

describe('current password for own password or e-mail changes', () => {
  it('a learner needs the current password to change password or e-mail; other fields need none', async () => {
    const learner = await makeLearner(payload);
    const token = await learnerToken(payload, learner.email);
    const patch = (body: Record<string, unknown>) => rest('PATCH', `/learners/${learner.id}`, { token, body });

    const noCurrent = await patch({ password: 'taken-over-1' });
    expect(noCurrent.status).toBe(400);
    expect(messageOf(noCurrent.body)).toMatch(/当前密码/);
    expect((await patch({ password: 'taken-over-1', currentPassword: 'wrong-password' })).status).toBe(400);
    expect((await patch({ email: `thief-${unique()}@test.local` })).status).toBe(400);
    // The leaderboard opt-in (site/scripts/learner/leaderboard.ts) and unchanged e-mail need nothing.
    expect((await patch({ leaderboardOptIn: true })).status).toBe(200);
    expect((await patch({ email: learner.email, displayName: '改名' })).status).toBe(200);

    expect((await patch({ password: 'changed-pass-1', currentPassword: LEARNER_PASSWORD })).status).toBe(200);
    const newEmail = `moved-${unique()}@test.local`;
    expect((await patch({ email: newEmail, currentPassword: 'changed-pass-1' })).status).toBe(200);
    expect(await learnerToken(payload, newEmail, 'changed-pass-1')).toBeTruthy();
    // Never stored.
    const row = await payload.db.findOne({ collection: 'learners', where: { id: { equals: learner.id } } });
    expect(row).not.toHaveProperty('currentPassword');
  });

  it('staff need it for their own account, admins included; an admin changing someone else’s does not', async () => {
    const teacher = await makeStaff(payload, 'teacher');
    expect((await rest('PATCH', `/users/${teacher.id}`, { token: teacher.token, body: { password: 'teacher-new-1' } })).status).toBe(400);
    expect((await rest('PATCH', `/users/${teacher.id}`, { token: teacher.token, body: { password: 'teacher-new-1', currentPassword: STAFF_PASSWORD } })).status).toBe(200);

    const admin = await makeStaff(payload, 'admin');
    expect((await rest('PATCH', `/users/${admin.id}`, { token: admin.token, body: { email: `boss-${unique()}@test.local` } })).status).toBe(400);
    expect((await rest('PATCH', `/users/${teacher.id}`, { token: admin.token, body: { password: 'set-by-admin-1' } })).status).toBe(200);
    const learner = await makeLearner(payload);
    expect((await rest('PATCH', `/learners/${learner.id}`, { token: admin.token, body: { password: 'set-by-admin-1' } })).status).toBe(200);
    expect(await learnerToken(payload, learner.email, 'set-by-admin-1')).toBeTruthy();
  });
});

describe('sign-up unit', () => {
  it('a unit that does not exist is a 400 with a Chinese message, not a 500', async () => {
    for (const unit of [999_999, 'abc']) {
      const res = await signUp({ unit });
      expect(res.status, String(unit)).toBe(400);
      expect(messageOf(res.body)).toMatch(/单位/);
    }
    const learner = await makeLearner(payload);
    const token = await learnerToken(payload, learner.email);
    expect((await rest('PATCH', `/learners/${learner.id}`, { token, body: { unit: 999_999 } })).status).toBe(400);
    expect((await signUp({ unit: learner.unit })).status).toBe(201);
  });
});
