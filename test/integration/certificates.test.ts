/**
 * Certificates as an office issues them: authority, unit and per-year serial (concurrent issues
 * get distinct serials), the signed credential (issue → verify → revoke → verify), key rotation
 * with old credentials still verifying, and what a learner or the public may not see.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { base64url } from 'jose';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DrawnExam } from '../../core/learning/exam-draw';
import { issueCertificate, signedCredentialFor, verifyCertificate, verifyCredential } from '../../cms/learning/certificates';
import { issuerJwks, rotateSigningKey } from '../../cms/learning/credential-keys';
import { startExam, submitExam } from '../../cms/learning/exam';
import { syncStatements } from '../../cms/learning/sync';
import { certificateEndpoints } from '../../cms/collections/learning/certificate-endpoints';
import { makeAgency, makeUser, unique } from '../helpers/payload';
import { learningPayload } from '../helpers/learning-payload';
import { sitting } from '../helpers/practice';
import { respond } from '../helpers/endpoint';
import type { Learner } from '../../cms/payload-types';

let payload: Payload;
let unitName: string;
let unitId: Learner['unit'];

/** A learner who passed the exam and met the hours. */
async function eligibleLearner(): Promise<Learner> {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `c-${unique()}@test.local`, password: 'learner-pass-1', displayName: `证书${unique().slice(-4)}`, audience: 'officials', unit: unitId, timeZone: 'Asia/Shanghai' },
  });
  const me: Learner = { ...doc, collection: 'learners' };
  const s = await startExam(payload, me);
  const paper = (await payload.findByID({ collection: 'exam-attempts', id: s.attemptId, overrideAccess: true })).paper as DrawnExam;
  await submitExam(payload, me, String(s.attemptId), Object.fromEntries(paper.questions.map((q) => [q.id, q.answer])));
  await syncStatements(payload, me, { statements: [...sitting('xianfa-jiben'), ...sitting('minfadian-hunyin')] });
  return me;
}

/** The JWT with the credential's 学时 changed and the signature kept. */
function tamper(jwt: string): string {
  const [h, p, s] = jwt.split('.');
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p!))) as { vc: { credentialSubject: { creditsEarned: number } } };
  claims.vc.credentialSubject.creditsEarned = 99;
  return [h, base64url.encode(JSON.stringify(claims)), s].join('.');
}

beforeAll(async () => {
  process.env.PUFA_KEYS_DIR = mkdtempSync(path.join(tmpdir(), 'pufa-keys-'));
  payload = await learningPayload();
  const unit = await makeAgency(payload);
  unitId = unit.id;
  unitName = unit.name;
});

describe('certificates as an office issues them', () => {
  it('names the authority and the unit, and numbers certificates per year without gaps or repeats under concurrent issues', async () => {
    const learners = await Promise.all(Array.from({ length: 4 }, () => eligibleLearner()));
    const codes = await Promise.all(learners.map((l) => issueCertificate(payload, l)));
    const facts = await Promise.all(codes.map((c) => verifyCertificate(payload, c.code)));
    const serials = facts.map((f) => f.serial!);
    expect(new Set(serials).size).toBe(4);
    for (const s of serials) expect(s).toMatch(new RegExp(`^泉普证〔${new Date().getFullYear()}〕第\\d{6}号$`));
    const numbers = serials.map((s) => Number(/第(\d+)号/.exec(s)![1])).sort((a, b) => a - b);
    expect(numbers[3]! - numbers[0]!).toBe(3);
    expect(facts[0]).toMatchObject({ valid: true, issuer: '泉城市全面依法治市委员会办公室', unit: unitName });
    // Issuing again returns the same certificate, no new serial.
    expect(await issueCertificate(payload, learners[0]!)).toEqual({ code: codes[0]!.code, created: false });
  });

  it('issue → signed credential verifies → tampered fails → revoked shows 已撤销 for code and credential alike', async () => {
    const me = await eligibleLearner();
    const { code } = await issueCertificate(payload, me);
    const jwt = (await signedCredentialFor(payload, me, code))!;
    expect(jwt.split('.')).toHaveLength(3);
    expect(await verifyCredential(payload, jwt)).toMatchObject({ valid: true, name: me.displayName, hours: 2 });
    expect(await verifyCredential(payload, JSON.stringify({ jwt }))).toMatchObject({ valid: true });
    expect(await verifyCredential(payload, tamper(jwt))).toEqual({ valid: false, reason: '签名无效' });
    expect(await verifyCredential(payload, '{"hello":1}')).toMatchObject({ valid: false, reason: expect.stringContaining('未识别') });

    const admin = await makeUser(payload, 'admin');
    const cert = (await payload.find({ collection: 'certificates', where: { code: { equals: code } }, overrideAccess: true })).docs[0]!;
    // Only an admin revokes.
    const editor = await makeUser(payload, 'agency-editor', (await makeAgency(payload)).id);
    await expect(payload.update({ collection: 'certificates', id: cert.id, data: { revocationReason: '冒名顶替' }, user: editor, overrideAccess: false })).rejects.toMatchObject({ status: 403 });
    const revoked = await payload.update({ collection: 'certificates', id: cert.id, data: { revocationReason: '考试作弊，经核查属实' }, user: admin, overrideAccess: false });
    expect(revoked.revokedAt).toBeTruthy();
    expect(String(typeof revoked.revokedBy === 'object' ? revoked.revokedBy?.id : revoked.revokedBy)).toBe(String(admin.id));
    for (const reply of [await verifyCertificate(payload, code), await verifyCredential(payload, jwt)]) {
      expect(reply).toMatchObject({ valid: false, revoked: { reason: '考试作弊，经核查属实', at: revoked.revokedAt } });
    }
    // Revocation sticks: clearing the reason is refused.
    await expect(payload.update({ collection: 'certificates', id: cert.id, data: { revocationReason: '' }, user: admin, overrideAccess: false })).rejects.toMatchObject({ status: 400 });
  });

  it('a learner cannot read or download another learner\'s certificate; an unknown code answers like a wrong one', async () => {
    const [a, b] = [await eligibleLearner(), await eligibleLearner()];
    const { code } = await issueCertificate(payload, a);
    await issueCertificate(payload, b);
    expect(await signedCredentialFor(payload, b, code)).toBeNull();
    const handler = certificateEndpoints.find((e) => e.path === '/credential')!.handler;
    const req = { payload, user: b, searchParams: new URLSearchParams({ code }), headers: new Headers() };
    expect((await respond(handler, req)).status).toBe(404);
    const seen = await payload.find({ collection: 'certificates', user: b, overrideAccess: false });
    expect(seen.docs.map((d) => d.code)).not.toContain(code);
    expect(await verifyCertificate(payload, 'PF26-0000-0000')).toEqual({ valid: false });
    const wrong = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(await verifyCertificate(payload, wrong)).toEqual({ valid: false });
  });

  it('key rotation: new credentials use the new key, old ones still verify, both keys published', async () => {
    const me = await eligibleLearner();
    const { code } = await issueCertificate(payload, me);
    const before = (await signedCredentialFor(payload, me, code))!;
    const ring = await rotateSigningKey();
    const jwks = await issuerJwks();
    expect(jwks.keys.length).toBeGreaterThanOrEqual(2);
    expect(jwks.keys.find((k) => k.kid.endsWith(`#${ring.current}`))?.status).toBe('current');
    expect(jwks.keys.filter((k) => k.status === 'retired').length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"\s*:/);
    const after = (await signedCredentialFor(payload, me, code))!;
    expect(JSON.parse(new TextDecoder().decode(base64url.decode(after.split('.')[0]!))).kid).toMatch(new RegExp(`#${ring.current}$`));
    expect(await verifyCredential(payload, before)).toMatchObject({ valid: true });
    expect(await verifyCredential(payload, after)).toMatchObject({ valid: true });
  });
});
