/**
 * Sign-up without e-mail: a user name or a mainland mobile number with a password (no SMS), over
 * Payload's REST routes in-process; naming a unit without an invitation code leaves the learner
 * pending, uncounted, and unable to confirm themselves.
 */
import type { Payload } from 'payload';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetRateLimits } from '../../cms/security/rate-limit';
import { unitReport } from '../../cms/learning/unit-report';
import { makeAgency, unique } from '../helpers/payload';
import { type Rest, messageOf, restSetup } from '../security/api/auth-rest';

let payload: Payload;
let rest: Rest;
beforeAll(async () => ({ payload, rest } = await restSetup()));
beforeEach(() => resetRateLimits());

const PASSWORD = 'village-pass-1';
const signUp = (data: Record<string, unknown>) => rest('POST', '/learners', { body: { password: PASSWORD, displayName: '王大爷', audience: 'village', ...data } });
const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('sign-up by user name or phone number', () => {
  it('a user name and a password make an account with no e-mail, which logs in by that name', async () => {
    const name = `王大爷${unique().slice(-5)}`;
    const res = await signUp({ username: name });
    expect(res.status).toBe(201);
    const doc = (res.body as { doc: { id: number; email?: string | null; username: string } }).doc;
    expect(doc.email ?? null).toBeNull();
    expect(doc.username).toBe(name.toLowerCase());
    const login = await rest('POST', '/learners/login', { body: { username: name, password: PASSWORD } });
    expect(login.status).toBe(200);
    expect(login.body.token).toBeTruthy();
    expect((await rest('POST', '/learners/login', { body: { username: name, password: 'wrong-pass-1' } })).status).toBe(401);
  });

  it('a phone number written with +86 and dashes is stored as 11 digits and logs in as such', async () => {
    const number = phone();
    const res = await signUp({ username: `+86 ${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}` });
    expect(res.status).toBe(201);
    expect((res.body as { doc: { username: string } }).doc.username).toBe(number);
    expect((await rest('POST', '/learners/login', { body: { username: number, password: PASSWORD } })).status).toBe(200);
    // The same number again, written differently, is the same account.
    const again = await signUp({ username: `${number.slice(0, 3)} ${number.slice(3)}` });
    expect(again.status).toBe(400);
  });

  it('refuses a malformed phone number, an @ in a user name, and a sign-up with neither name nor e-mail, in Chinese', async () => {
    const badPhone = await signUp({ username: '12345678901' });
    expect(badPhone.status).toBe(400);
    expect(messageOf(badPhone.body)).toMatch(/手机号格式不正确/);
    const at = await signUp({ username: 'wang@dorf' });
    expect(at.status).toBe(400);
    expect(messageOf(at.body)).toMatch(/@/);
    expect((await signUp({})).status).toBe(400);
    expect(await payload.count({ collection: 'learners', where: { username: { equals: '12345678901' } } })).toMatchObject({ totalDocs: 0 });
  });

  it('e-mail sign-up and login still work, and e-mail is optional beside a phone number', async () => {
    const email = `mail-${unique()}@test.local`;
    expect((await signUp({ email })).status).toBe(201);
    expect((await rest('POST', '/learners/login', { body: { email, password: PASSWORD } })).status).toBe(200);
    const number = phone();
    expect((await signUp({ username: number, email: `both-${unique()}@test.local` })).status).toBe(201);
    expect((await rest('POST', '/learners/login', { body: { username: number, password: PASSWORD } })).status).toBe(200);
  });
});

describe('changing the login name', () => {
  it('needs the current password, as a new e-mail does', async () => {
    const name = `cn${unique()}`;
    const id = ((await signUp({ username: name })).body as { doc: { id: number } }).doc.id;
    const token = (await rest('POST', '/learners/login', { body: { username: name, password: PASSWORD } })).body.token as string;
    const refused = await rest('PATCH', `/learners/${id}`, { token, body: { username: `${name}x` } });
    expect(refused.status).toBe(400);
    expect(messageOf(refused.body)).toMatch(/当前密码/);
    expect((await rest('PATCH', `/learners/${id}`, { token, body: { username: `${name}x`, currentPassword: PASSWORD } })).status).toBe(200);
    expect((await rest('POST', '/learners/login', { body: { username: `${name}x`, password: PASSWORD } })).status).toBe(200);
  });
});

describe('joining a unit without a code', () => {
  it('leaves the learner pending, outside the unit report, and they cannot confirm themselves', async () => {
    const unit = (await makeAgency(payload)).id;
    const name = `li${unique()}`;
    const res = await signUp({ username: name, unit, membership: 'confirmed' });
    expect(res.status).toBe(201);
    const id = (res.body as { doc: { id: number } }).doc.id;
    const stored = await payload.findByID({ collection: 'learners', id, depth: 0 });
    expect(stored.membership).toBe('pending');
    expect((await unitReport(payload, unit, new Date().getFullYear())).learners).toBe(0);

    const token = (await rest('POST', '/learners/login', { body: { username: name, password: PASSWORD } })).body.token as string;
    await rest('PATCH', `/learners/${id}`, { token, body: { membership: 'confirmed' } });
    expect((await payload.findByID({ collection: 'learners', id, depth: 0 })).membership).toBe('pending');
    expect((await rest('POST', `/learners/${id}/membership`, { token, body: { action: 'confirm' } })).status).toBe(403);
    expect((await payload.findByID({ collection: 'learners', id, depth: 0 })).membership).toBe('pending');
    expect((await unitReport(payload, unit, new Date().getFullYear())).learners).toBe(0);
  });

  it('a confirmed member who moves to another unit is pending there', async () => {
    const [a, b] = [(await makeAgency(payload)).id, (await makeAgency(payload)).id];
    const name = `mv${unique()}`;
    const id = (await payload.create({ collection: 'learners', data: { username: name, password: PASSWORD, displayName: '移动', audience: 'village', unit: a } })).id;
    expect((await payload.findByID({ collection: 'learners', id, depth: 0 })).membership).toBe('confirmed');
    const token = (await rest('POST', '/learners/login', { body: { username: name, password: PASSWORD } })).body.token as string;
    expect((await rest('PATCH', `/learners/${id}`, { token, body: { unit: b } })).status).toBe(200);
    const moved = await payload.findByID({ collection: 'learners', id, depth: 0 });
    expect([moved.unit, moved.membership]).toEqual([b, 'pending']);
    expect((await unitReport(payload, b, new Date().getFullYear())).learners).toBe(0);
  });
});
