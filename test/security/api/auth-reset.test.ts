/**
 * `POST /api/learners/forgot-password` held the SQLite write queue and wrote
 * on a second connection, failing after ~10 s with "database is locked" while every other write
 * waited (1 write got through in those 10 s). Now it answers at once, holds nothing, and a
 * password is reset with a one-time code a unit editor or admin issues (or an e-mailed token
 * where an e-mail adapter is configured).
 */
import { handleEndpoints, type Payload } from 'payload';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueResetCode, redeemResetCode } from '../../../cms/auth/password-reset';
import { resetRateLimits } from '../../../cms/security/rate-limit';
import { makeAgency, unique } from '../../helpers/payload';
import { LEARNER_PASSWORD, type Rest, STAFF_PASSWORD, learnerToken, makeLearner, makeStaff, messageOf, restSetup } from './auth-rest';

let payload: Payload;
let rest: Rest;

beforeAll(async () => ({ payload, rest } = await restSetup()));
beforeEach(() => resetRateLimits());

/** Writes (one transaction each, through the same queue as every write) until `stop` resolves. */
async function writesDuring<T>(work: () => Promise<T>): Promise<{ result: T; writes: number; failed: number }> {
  const agency = await makeAgency(payload);
  let stop = false;
  let writes = 0;
  let failed = 0;
  const writer = (async () => {
    while (!stop) {
      try {
        await payload.update({ collection: 'agencies', id: agency.id, data: { shortName: `w${writes}` } });
        writes += 1;
      } catch {
        failed += 1;
      }
      // SQLite calls complete synchronously: yield so timers and other requests get their turn.
      await new Promise((r) => setImmediate(r));
    }
  })();
  try {
    return { result: await work(), writes, failed };
  } finally {
    stop = true;
    await writer;
  }
}

describe('forgot-password', () => {
  it('answers at once with who to ask when no e-mail is configured, and other writes go on', async () => {
    const learner = await makeLearner(payload);
    const agency = await makeAgency(payload);
    for (const email of [learner.email, `nobody-${unique()}@test.local`]) {
      const asked = rest('POST', '/learners/forgot-password', { body: { email } });
      const started = performance.now();
      await payload.update({ collection: 'agencies', id: agency.id, data: { shortName: unique() } });
      const writeMs = performance.now() - started;
      const result = await asked;
      expect(result.status).toBe(501);
      expect(messageOf(result.body)).toMatch(/单位编辑或普法办/);
      // Before: 500 after ~10,000 ms, and the write waited behind it.
      expect(result.ms).toBeLessThan(1000);
      expect(writeMs).toBeLessThan(1000);
    }
    const staff = await rest('POST', '/users/forgot-password', { body: { email: 'admin@pufa.local' } });
    expect(staff.status).toBe(501);
    expect(messageOf(staff.body)).toMatch(/普法办管理员/);
  });

  it('Payload’s own forgot-password operation (GraphQL, Local API) is refused quickly, not run', async () => {
    const learner = await makeLearner(payload);
    const started = performance.now();
    await expect(payload.forgotPassword({ collection: 'learners', data: { email: learner.email } })).rejects.toMatchObject({ status: 501 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('with an e-mail adapter: mails a one-time link after the write, never inside it; the token works once', async () => {
    const learner = await makeLearner(payload);
    const sent: Array<{ to: string; html: string }> = [];
    let releaseMail!: () => void;
    const mailGate = new Promise<void>((resolve) => (releaseMail = resolve));
    const saved = { config: payload.config.email, email: payload.email };
    payload.config.email = (() => payload.email) as never;
    payload.email = {
      name: 'test',
      defaultFromAddress: 'noreply@pufa.local',
      defaultFromName: '普法',
      // A mail server that takes its time: nothing may wait for it while holding a write.
      sendEmail: async (message: { to: string; html: string }) => {
        await mailGate;
        sent.push(message);
      },
    } as never;
    try {
      const { result, writes, failed } = await writesDuring(async () => {
        const reply = await rest('POST', '/learners/forgot-password', { body: { email: learner.email } });
        // Writes keep going while the mail is still "being sent".
        await new Promise((r) => setTimeout(r, 300));
        return reply;
      });
      expect(result.status).toBe(200);
      expect(result.ms).toBeLessThan(1000);
      expect(failed).toBe(0);
      expect(writes).toBeGreaterThan(3);
      const unknown = await rest('POST', '/learners/forgot-password', { body: { email: `nobody-${unique()}@test.local` } });
      expect(unknown.body).toEqual(result.body);
      releaseMail();
      await new Promise((r) => setTimeout(r, 50));
      expect(sent).toHaveLength(1);
      expect(sent[0]!.to).toBe(learner.email);
      const token = /#reset=([0-9a-f]{64})/.exec(sent[0]!.html)![1]!;
      // Only a hash is stored.
      const row = (await payload.db.findOne({ collection: 'learners', where: { id: { equals: learner.id } } })) as { resetPasswordToken?: string };
      expect(row.resetPasswordToken).not.toContain(token);
      const reset = await rest('POST', '/learners/reset-password', { body: { token, password: 'new-password-1' } });
      expect(reset.status).toBe(200);
      expect(await learnerToken(payload, learner.email, 'new-password-1')).toBeTruthy();
      const again = await rest('POST', '/learners/reset-password', { body: { token, password: 'other-password-2' } });
      expect(again.status).toBe(403);
    } finally {
      releaseMail();
      payload.config.email = saved.config;
      payload.email = saved.email;
    }
  });
});

describe('one-time reset code', () => {
  it('the learner’s unit editor issues a code; it works once, not twice, and ends old sessions', async () => {
    const learner = await makeLearner(payload);
    const editor = await makeStaff(payload, 'agency-editor', learner.unit);
    const oldToken = await learnerToken(payload, learner.email);
    const issued = await rest('POST', `/learners/${learner.id}/reset-code`, { token: editor.token });
    expect(issued.status).toBe(200);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const code = issued.body.code as string;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
    const row = (await payload.db.findOne({ collection: 'learners', where: { id: { equals: learner.id } } })) as { resetPasswordToken?: string };
    expect(row.resetPasswordToken).toMatch(/^[0-9a-f]{64}$/);
    expect(row.resetPasswordToken).not.toContain(code.replace(/-/g, ''));

    const wrong = await rest('POST', '/learners/reset-password', { body: { email: learner.email, code: 'AAAA-BBBB-CC', password: 'fresh-password-1' } });
    expect(wrong.status).toBe(403);
    const short = await rest('POST', '/learners/reset-password', { body: { email: learner.email, code, password: 'short' } });
    expect(short.status).toBe(400);
    // Typed in lower case with spaces still counts.
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const ok = await rest('POST', '/learners/reset-password', { body: { email: learner.email.toUpperCase(), code: typed, password: 'fresh-password-1' } });
    expect(ok.status).toBe(200);
    expect(await learnerToken(payload, learner.email, 'fresh-password-1')).toBeTruthy();
    await expect(learnerToken(payload, learner.email, LEARNER_PASSWORD)).rejects.toThrow();
    const me = await rest('GET', '/learners/me', { token: oldToken });
    expect(me.body.user ?? null).toBeNull();

    const twice = await rest('POST', '/learners/reset-password', { body: { email: learner.email, code, password: 'second-password-2' } });
    expect(twice.status).toBe(403);
    expect(messageOf(twice.body)).toMatch(/无效或已过期/);
  });

  it('a code expires after 30 minutes; a newer code replaces an older one', async () => {
    const learner = await makeLearner(payload);
    const admin = await makeStaff(payload, 'admin');
    const staff = { id: admin.id, collection: 'users', role: 'admin' };
    const old = await issueResetCode(payload, { collection: 'learners', id: learner.id, staff, now: new Date(Date.now() - 31 * 60_000) });
    await expect(redeemResetCode(payload, { collection: 'learners', email: learner.email, code: old.code, password: 'fresh-password-1' })).rejects.toMatchObject({ status: 403 });
    const first = await issueResetCode(payload, { collection: 'learners', id: learner.id, staff });
    const second = await issueResetCode(payload, { collection: 'learners', id: learner.id, staff });
    await expect(redeemResetCode(payload, { collection: 'learners', email: learner.email, code: first.code, password: 'fresh-password-1' })).rejects.toMatchObject({ status: 403 });
    const late = new Date(Date.now() + 31 * 60_000);
    await expect(redeemResetCode(payload, { collection: 'learners', email: learner.email, code: second.code, password: 'fresh-password-1', now: late })).rejects.toMatchObject({ status: 403 });
    await redeemResetCode(payload, { collection: 'learners', email: learner.email, code: second.code, password: 'fresh-password-1' });
  });

  it('two concurrent uses of one code: exactly one succeeds', async () => {
    const learner = await makeLearner(payload);
    const admin = await makeStaff(payload, 'admin');
    const { code } = await issueResetCode(payload, { collection: 'learners', id: learner.id, staff: { id: admin.id, collection: 'users', role: 'admin' } });
    const results = await Promise.allSettled(
      ['race-password-1', 'race-password-2'].map((password) => redeemResetCode(payload, { collection: 'learners', email: learner.email, code, password })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('is refused to another unit’s editor, teachers, reviewers, learners and anonymous callers', async () => {
    const learner = await makeLearner(payload);
    const otherEditor = await makeStaff(payload, 'agency-editor', (await makeAgency(payload)).id);
    const teacher = await makeStaff(payload, 'teacher');
    const reviewer = await makeStaff(payload, 'reviewer');
    const other = await makeLearner(payload, learner.unit);
    const otherToken = await learnerToken(payload, other.email);
    for (const token of [otherEditor.token, teacher.token, reviewer.token]) {
      const res = await rest('POST', `/learners/${learner.id}/reset-code`, { token });
      expect(res.status).toBe(403);
    }
    expect((await rest('POST', `/learners/${learner.id}/reset-code`, { token: otherToken })).status).toBe(401);
    expect((await rest('POST', `/learners/${learner.id}/reset-code`)).status).toBe(401);
    const row = (await payload.db.findOne({ collection: 'learners', where: { id: { equals: learner.id } } })) as { resetPasswordToken?: string | null };
    expect(row.resetPasswordToken ?? null).toBeNull();
  });

  it('staff passwords are reset by admins only', async () => {
    const agency = (await makeAgency(payload)).id;
    const editor = await makeStaff(payload, 'agency-editor', agency);
    const colleague = await makeStaff(payload, 'teacher');
    expect((await rest('POST', `/users/${colleague.id}/reset-code`, { token: editor.token })).status).toBe(403);
    const admin = await makeStaff(payload, 'admin');
    const issued = await rest('POST', `/users/${colleague.id}/reset-code`, { token: admin.token });
    expect(issued.status).toBe(200);
    const ok = await rest('POST', '/users/reset-password', { body: { email: colleague.email, code: issued.body.code, password: 'staff-new-pass-1' } });
    expect(ok.status).toBe(200);
    await expect(payload.login({ collection: 'users', data: { email: colleague.email, password: STAFF_PASSWORD } })).rejects.toThrow();
    expect((await payload.login({ collection: 'users', data: { email: colleague.email, password: 'staff-new-pass-1' } })).token).toBeTruthy();
  });

  it('the admin’s own forms (multipart with a `_payload` JSON part) are read too', async () => {
    const colleague = await makeStaff(payload, 'teacher');
    const admin = await makeStaff(payload, 'admin');
    const { code } = await issueResetCode(payload, { collection: 'users', id: colleague.id, staff: { id: admin.id, collection: 'users', role: 'admin' } });
    const form = new FormData();
    form.set('_payload', JSON.stringify({ email: colleague.email, code, password: 'form-password-1', passwordConfirm: 'form-password-1' }));
    const res = await handleEndpoints({ config: payload.config, request: new Request('http://localhost/api/users/reset-password', { method: 'POST', body: form }) });
    expect(res.status).toBe(200);
    expect((await payload.login({ collection: 'users', data: { email: colleague.email, password: 'form-password-1' } })).token).toBeTruthy();
  });

  it('a short code is never accepted without the e-mail address, and a reset lifts a lockout', async () => {
    const learner = await makeLearner(payload);
    const admin = await makeStaff(payload, 'admin');
    await payload.db.updateOne({ collection: 'learners', id: learner.id, data: { loginAttempts: 10, lockUntil: new Date(Date.now() + 600_000).toISOString() } });
    const { code } = await issueResetCode(payload, { collection: 'learners', id: learner.id, staff: { id: admin.id, collection: 'users', role: 'admin' } });
    expect((await rest('POST', '/learners/reset-password', { body: { code, password: 'fresh-password-1' } })).status).toBe(400);
    expect((await rest('POST', '/learners/reset-password', { body: { email: learner.email, code, password: 'fresh-password-1' } })).status).toBe(200);
    expect(await learnerToken(payload, learner.email, 'fresh-password-1')).toBeTruthy();
  });

  it('Payload’s own reset-password operation is refused', async () => {
    await expect(payload.resetPassword({ collection: 'learners', data: { token: 'x', password: 'whatever-123' }, overrideAccess: true })).rejects.toMatchObject({ status: 400 });
  });
});
