/**
 * Unit invitation codes: issued by the unit's editor or an admin (never for another unit, never
 * read by learners or other units), joining at sign-up or later as a confirmed member counted in
 * the unit's statistics, and the attacks: wrong, expired, used-up and revoked codes refused with
 * one answer, guessing rate-limited, no self-confirmation, approval only by the unit's staff.
 */
import type { Payload } from 'payload';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INVITATION_REFUSED } from '../../core/learning/membership';
import { cityCompletion } from '../../cms/learning/city-completion';
import { leaderboard } from '../../cms/learning/leaderboard';
import { unitReport } from '../../cms/learning/unit-report';
import { RATE_LIMITS, resetRateLimits } from '../../cms/security/rate-limit';
import { type DocId, relationId } from '../../cms/relation';
import { syncStatements } from '../../cms/learning/sync';
import { learningPayload } from '../helpers/learning-payload';
import { sitting } from '../helpers/practice';
import { makeAgency, unique } from '../helpers/payload';
import { type Rest, makeStaff, messageOf, restSetup } from '../security/api/auth-rest';

let payload: Payload;
let rest: Rest;
beforeAll(async () => {
  ({ payload, rest } = await restSetup());
  // The demo question bank, for the practice XP the unit board ranks by (seeded once per database).
  await learningPayload();
}, 300_000);
beforeEach(() => resetRateLimits());

const PASSWORD = 'village-pass-1';
const YEAR = new Date().getFullYear();
const signUp = (data: Record<string, unknown>, address?: string) =>
  rest('POST', '/learners', { address, body: { username: `u${unique()}`, password: PASSWORD, displayName: '村民', audience: 'village', leaderboardOptIn: true, ...data } });
const loginToken = async (username: string) => (await rest('POST', '/learners/login', { body: { username, password: PASSWORD } })).body.token as string;

/** An admin-issued code for `unit` (through REST, as the admin does). */
async function issue(token: string, data: Record<string, unknown>) {
  const res = await rest('POST', '/unit-invitations', { token, body: data });
  expect(res.status, messageOf(res.body)).toBe(201);
  return (res.body as { doc: { id: DocId; code: string; unit: DocId | { id: DocId } } }).doc;
}

describe('issuing codes', () => {
  it('an editor issues codes only for their own unit; the code is made by the server', async () => {
    const [unit, other] = [(await makeAgency(payload)).id, (await makeAgency(payload)).id];
    const editor = await makeStaff(payload, 'agency-editor', unit);
    const doc = await issue(editor.token, { unit: other, note: '春季培训', code: 'AAAAAAAAAA', uses: 999 });
    expect(relationId(doc.unit)).toBe(unit);
    expect(doc.code).toMatch(/^[A-HJ-KM-NP-Z2-9]{10}$/);
    expect(doc.code).not.toBe('AAAAAAAAAA');
    const stored = await payload.findByID({ collection: 'unit-invitations', id: doc.id, depth: 0 });
    expect(stored.uses).toBe(0);
    // Moving it to another unit or resetting its count is ignored.
    await rest('PATCH', `/unit-invitations/${doc.id}`, { token: editor.token, body: { unit: other, uses: 0, code: 'BBBBBBBBBB' } });
    const after = await payload.findByID({ collection: 'unit-invitations', id: doc.id, depth: 0 });
    expect([after.unit, after.code]).toEqual([unit, doc.code]);
  });

  it('codes are read only by admins and the unit editor: not another unit, a reviewer, a learner or a stranger', async () => {
    const unit = (await makeAgency(payload)).id;
    const admin = await makeStaff(payload, 'admin');
    const doc = await issue(admin.token, { unit });
    const outsiders = [await makeStaff(payload, 'agency-editor', (await makeAgency(payload)).id), await makeStaff(payload, 'reviewer'), await makeStaff(payload, 'teacher')];
    for (const { token } of outsiders) {
      const list = await rest('GET', `/unit-invitations?where[id][equals]=${doc.id}`, { token });
      expect(list.status === 403 || (list.body.docs as unknown[]).length === 0).toBe(true);
      expect((await rest('GET', `/unit-invitations/${doc.id}`, { token })).status).not.toBe(200);
    }
    const name = `l${unique()}`;
    await signUp({ username: name });
    const learner = await loginToken(name);
    expect((await rest('GET', `/unit-invitations/${doc.id}`, { token: learner })).status).not.toBe(200);
    expect((await rest('GET', '/unit-invitations')).status).toBe(403);
    expect((await rest('POST', '/unit-invitations', { token: learner, body: { unit } })).status).toBe(403);
    const own = await makeStaff(payload, 'agency-editor', unit);
    expect((await rest('GET', `/unit-invitations/${doc.id}`, { token: own.token })).status).toBe(200);
  });
});

describe('joining with a code', () => {
  it('sign-up with a valid code makes a confirmed member counted in the unit report, the city completion and the unit board', async () => {
    const unit = (await makeAgency(payload)).id;
    const admin = await makeStaff(payload, 'admin');
    const inv = await issue(admin.token, { unit, maxUses: 5 });
    const other = (await makeAgency(payload)).id;
    const res = await signUp({ invitationCode: ` ${inv.code.slice(0, 5).toLowerCase()}-${inv.code.slice(5)} `, unit: other });
    expect(res.status, messageOf(res.body)).toBe(201);
    const id = (res.body as { doc: { id: DocId } }).doc.id;
    const learner = await payload.findByID({ collection: 'learners', id, depth: 0 });
    expect([learner.unit, learner.membership, learner.invitation]).toEqual([unit, 'confirmed', inv.id]);
    expect((await payload.findByID({ collection: 'unit-invitations', id: inv.id, depth: 0 })).uses).toBe(1);
    expect((await unitReport(payload, unit, YEAR)).learners).toBe(1);
    expect((await cityCompletion(payload, YEAR, unit))[0]!.learners.length).toBe(1);
    // The unit board: the code's member with practice XP is on it; a pending learner of the unit with XP is not.
    const pending = (await signUp({ unit })).body as { doc: { id: DocId } };
    for (const who of [id, pending.doc.id]) {
      const doc = await payload.findByID({ collection: 'learners', id: who, depth: 0 });
      await syncStatements(payload, doc, { statements: sitting('xianfa-jiben') });
    }
    const board = await leaderboard(payload, { scope: 'unit', period: 'all-time', audience: 'village', unit });
    expect(board.rows.map((r) => r.displayName)).toEqual(['村民']);
    expect(board.rows.length).toBe(1);
    // Once the unit confirms the pending learner, the (cached) board shows them on the next request.
    await payload.update({ collection: 'learners', id: pending.doc.id, data: { membership: 'confirmed' }, overrideAccess: true });
    const after = await leaderboard(payload, { scope: 'unit', period: 'all-time', audience: 'village', unit });
    expect(after.rows.length).toBe(2);
  });

  it('a signed-in learner joins with a code; pending learners are confirmed only by the unit editor or an admin', async () => {
    const unit = (await makeAgency(payload)).id;
    const editor = await makeStaff(payload, 'agency-editor', unit);
    const otherEditor = await makeStaff(payload, 'agency-editor', (await makeAgency(payload)).id);
    const inv = await issue(editor.token, {});
    const joiner = `j${unique()}`;
    await signUp({ username: joiner });
    const token = await loginToken(joiner);
    const joined = await rest('POST', '/learners/join', { token, body: { code: inv.code } });
    expect(joined.status, messageOf(joined.body)).toBe(200);
    expect(joined.body.membership).toBe('confirmed');
    expect((await payload.findByID({ collection: 'unit-invitations', id: inv.id, depth: 0 })).uses).toBe(1);

    const waiter = `w${unique()}`;
    const pending = (await signUp({ username: waiter, unit })).body as { doc: { id: DocId } };
    const waiterToken = await loginToken(waiter);
    expect((await rest('POST', `/learners/${pending.doc.id}/membership`, { token: waiterToken, body: { action: 'confirm' } })).status).toBe(403);
    expect((await rest('POST', `/learners/${pending.doc.id}/membership`, { token: otherEditor.token, body: { action: 'confirm' } })).status).toBe(403);
    expect((await unitReport(payload, unit, YEAR)).learners).toBe(1);
    expect((await rest('POST', `/learners/${pending.doc.id}/membership`, { token: editor.token, body: { action: 'confirm' } })).status).toBe(200);
    expect((await unitReport(payload, unit, YEAR)).learners).toBe(2);
    expect((await rest('POST', `/learners/${pending.doc.id}/membership`, { token: editor.token, body: { action: 'reject' } })).status).toBe(200);
    const rejected = await payload.findByID({ collection: 'learners', id: pending.doc.id, depth: 0 });
    expect([rejected.unit ?? null, rejected.membership ?? null]).toEqual([null, null]);
  });
});

describe('attacks on codes', () => {
  it('wrong, expired, used-up and revoked codes get one answer and create no account', async () => {
    const unit = (await makeAgency(payload)).id;
    const admin = await makeStaff(payload, 'admin');
    const expired = await issue(admin.token, { unit, expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const usedUp = await issue(admin.token, { unit, maxUses: 1 });
    expect((await signUp({ invitationCode: usedUp.code })).status).toBe(201);
    const revoked = await issue(admin.token, { unit });
    await rest('PATCH', `/unit-invitations/${revoked.id}`, { token: admin.token, body: { revoked: true } });
    const before = (await payload.count({ collection: 'learners' })).totalDocs;
    for (const code of ['WRONGCODE2', expired.code, usedUp.code, revoked.code]) {
      const res = await signUp({ invitationCode: code });
      expect(res.status).toBe(400);
      expect(messageOf(res.body)).toBe(INVITATION_REFUSED);
    }
    expect((await payload.count({ collection: 'learners' })).totalDocs).toBe(before);
    expect((await unitReport(payload, unit, YEAR)).learners).toBe(1);
  });

  it('guessing codes from one address is refused with 429 past the limit, even a right code then', async () => {
    const unit = (await makeAgency(payload)).id;
    const admin = await makeStaff(payload, 'admin');
    const inv = await issue(admin.token, { unit });
    const { limit } = RATE_LIMITS['invitation-code'].address;
    for (let i = 0; i < limit; i += 1) expect((await signUp({ invitationCode: `GUESS${String(i).padStart(5, '2')}` }, '203.0.113.77')).status).toBe(400);
    const refused = await signUp({ invitationCode: inv.code }, '203.0.113.77');
    expect(refused.status).toBe(429);
    expect(messageOf(refused.body)).toMatch(/操作过于频繁/);
    expect((await signUp({ invitationCode: inv.code }, '203.0.113.78')).status).toBe(201);
  });

  it('a code with one use left admits one of two concurrent sign-ups', async () => {
    const unit = (await makeAgency(payload)).id;
    const admin = await makeStaff(payload, 'admin');
    const inv = await issue(admin.token, { unit, maxUses: 1 });
    const results = await Promise.all([signUp({ invitationCode: inv.code }), signUp({ invitationCode: inv.code })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    expect((await payload.findByID({ collection: 'unit-invitations', id: inv.id, depth: 0 })).uses).toBe(1);
    expect((await unitReport(payload, unit, YEAR)).learners).toBe(1);
  });
});
