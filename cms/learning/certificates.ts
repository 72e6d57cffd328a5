import { randomUUID } from 'node:crypto';
import { APIError, type Payload } from 'payload';
import {
  ACHIEVEMENT_TEXT,
  achievementPath,
  type CertificateFields,
  certificateCode,
  certificateEligibility,
  normalizeCertificateCode,
  toOpenBadgeCredential,
  verifyCertificateCode,
} from '../../core/learning/certificate';
import { certificateSerial, codeInCredentialId } from '../../core/learning/certificate-serial';
import { extractJwt, signCredential, verifyCredentialJwt } from '../../core/learning/credential-jwt';
import type { VerifyReply } from '../../core/learning/replies';
import { creditedHours } from '../../core/learning/study-hours';
import { AUDIENCE_TITLES, isAudience } from '../../core/vocabulary/learning';
import { absoluteUrl } from '../../core/site-url';
import { relationId, relationKey } from '../relation';
import { publicSiteBase } from '../site-url';
import { payloadSecret } from '../secret';
import { lessonCatalog, practiceKeys } from './catalog';
import type { Certificate, Learner } from '../payload-types';
import { examSettingsFor } from './dashboard';
import { examStanding } from './exam';
import { statementsOf } from './learner-records';
import { issuerSettings } from './certificate-issuer';
import { issuerJwks, keysUrl, loadKeyring } from './credential-keys';

// Codes are signed with a key derived from the server secret, never sent anywhere.
const secret = () => `${payloadSecret()}:certificates`;

/** Tries to insert the certificate with the year's next serial; a racing insert makes it try again. */
const ISSUE_ATTEMPTS = 5;

async function nextSerialNumber(payload: Payload, year: number): Promise<number> {
  const last = (await payload.find({ collection: 'certificates', where: { year: { equals: year } }, sort: '-serialNumber', limit: 1, depth: 0, overrideAccess: true })).docs[0];
  return (last?.serialNumber ?? 0) + 1;
}

async function unitName(payload: Payload, learner: Learner): Promise<string | null> {
  // A certificate names a unit only that has confirmed the learner as its member.
  const id = learner.membership === 'confirmed' ? relationId(learner.unit) : null;
  if (id === undefined || id === null) return null;
  const unit = await payload.findByID({ collection: 'agencies', id, depth: 0, overrideAccess: true, disableErrors: true });
  return unit?.name ?? null;
}

const existingFor = async (payload: Payload, learnerId: Learner['id'], year: number) =>
  (await payload.find({ collection: 'certificates', where: { and: [{ learner: { equals: learnerId } }, { year: { equals: year } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0];

/**
 * Issues (or returns) the learner's certificate for the year once exam and hours are met: the
 * issuing authority from settings, the learner's unit, and the year's next serial number. Two
 * issues racing for one serial (or one learner) hit a unique index; the loser looks again.
 */
export async function issueCertificate(payload: Payload, learner: Learner, now = new Date()) {
  const year = now.getFullYear();
  const existing = await existingFor(payload, learner.id, year);
  if (existing) return { code: existing.code, created: false };
  const settings = await examSettingsFor(payload, learner.audience, year);
  const standing = await examStanding(payload, learner, year);
  const hours = creditedHours(await statementsOf(payload, learner.id), (await lessonCatalog()).lessons, year, { timeZone: learner.timeZone || 'Asia/Shanghai', answerKeys: await practiceKeys(payload) });
  const eligibility = certificateEligibility({ examPassed: standing.passed, creditedHours: hours.total, requiredHours: settings?.requiredHours ?? 0 });
  if (!eligibility.eligible) throw new APIError('尚未满足颁发证书的条件', 409, { reasons: eligibility.reasons });
  const fields: CertificateFields = {
    certificateId: randomUUID(),
    learnerId: String(learner.id),
    learnerName: learner.displayName,
    audience: learner.audience,
    year,
    examPercent: standing.bestPercent ?? 0,
    hours: hours.total,
    issuedAt: now.toISOString(),
  };
  const code = certificateCode(fields, secret());
  const issuer = issuerSettings();
  const unit = await unitName(payload, learner);
  for (let attempt = 1; ; attempt++) {
    const serialNumber = await nextSerialNumber(payload, year);
    try {
      await payload.create({
        collection: 'certificates',
        overrideAccess: true,
        data: { ...fields, code, learner: learner.id, unit: unit ? learner.unit : null, unitName: unit, issuerName: issuer.name, serialNumber, serial: certificateSerial(issuer.serialPrefix, year, serialNumber) },
      });
      return { code, created: true };
    } catch (err) {
      const raced = await existingFor(payload, learner.id, year);
      if (raced) return { code: raced.code, created: false };
      if (attempt >= ISSUE_ATTEMPTS) throw err;
    }
  }
}

/** The audience's Chinese title; an unknown value (an edited row) is shown as it is. */
const audienceTitle = (audience: string): string => (isAudience(audience) ? AUDIENCE_TITLES[audience] : audience);

async function findByCode(payload: Payload, input: string) {
  const code = normalizeCertificateCode(input);
  if (!code) return null;
  const doc = (await payload.find({ collection: 'certificates', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })).docs[0];
  if (!doc) return null;
  const fields: CertificateFields = {
    certificateId: doc.certificateId, learnerId: relationKey(doc.learner), learnerName: doc.learnerName, audience: doc.audience,
    year: doc.year, examPercent: doc.examPercent, hours: doc.hours, issuedAt: new Date(doc.issuedAt).toISOString(),
  };
  // A row edited in the database no longer matches its code: report it as invalid.
  return verifyCertificateCode(fields, code, secret()) ? { code, fields, doc } : null;
}

/** What the verify page shows for a certificate: its facts, and 已撤销 with date and reason when revoked. */
function publicFacts(fields: CertificateFields, doc: Certificate): VerifyReply {
  const facts: VerifyReply = {
    valid: !doc.revokedAt,
    name: fields.learnerName, audience: audienceTitle(fields.audience), year: fields.year, issuedAt: fields.issuedAt, hours: fields.hours, examScore: fields.examPercent,
    ...(doc.serial ? { serial: doc.serial } : {}),
    issuer: doc.issuerName || issuerSettings().name,
    ...(doc.unitName ? { unit: doc.unitName } : {}),
  };
  return doc.revokedAt ? { ...facts, revoked: { at: new Date(doc.revokedAt).toISOString(), reason: doc.revocationReason ?? '' } } : facts;
}

/** Public verification: confirms or denies a code, showing only what the certificate states. An unknown code and a wrong one get the same `{ valid: false }`. */
export async function verifyCertificate(payload: Payload, input: string): Promise<VerifyReply> {
  const found = await findByCode(payload, input);
  return found ? publicFacts(found.fields, found.doc) : { valid: false };
}

/** The certificate as an Open Badges 3.0 credential (unsigned JSON); its URLs on the public site at `base`. */
export async function openBadgeFor(payload: Payload, input: string, base: string = publicSiteBase()) {
  const found = await findByCode(payload, input);
  if (!found) return null;
  return toOpenBadgeCredential({
    certificate: found.fields,
    code: found.code,
    issuer: { id: issuerId(base), name: found.doc.issuerName || issuerSettings().name, url: absoluteUrl(base, '/') },
    achievement: {
      id: absoluteUrl(base, achievementPath(found.fields.audience, found.fields.year)),
      name: `${found.fields.year}年度学法合格证书`,
      ...ACHIEVEMENT_TEXT,
    },
    verifyBase: absoluteUrl(base, '/verify/?code='),
  });
}

/** The issuer Profile id: the public site's root. */
const issuerId = (base: string = publicSiteBase()) => absoluteUrl(base, '/');

/** The learner's own certificate of `code` as a signed VC-JWT; another learner's code answers as unknown. */
export async function signedCredentialFor(payload: Payload, learner: Learner, code: string): Promise<string | null> {
  const found = await findByCode(payload, code);
  if (!found || relationKey(found.doc.learner) !== String(learner.id)) return null;
  const credential = await openBadgeFor(payload, found.code);
  return credential && signCredential(credential, await loadKeyring(), keysUrl());
}

/** Largest pasted credential accepted (a signed badge is ~2 KB). */
export const MAX_CREDENTIAL_CHARS = 16 * 1024;

/**
 * Public check of a pasted or uploaded credential: the signature against our published keys,
 * issuer and dates, then the certificate it names must exist, match its code and not be revoked.
 */
export async function verifyCredential(payload: Payload, input: string): Promise<VerifyReply> {
  const jwt = input.length <= MAX_CREDENTIAL_CHARS ? extractJwt(input) : null;
  if (!jwt) return { valid: false, reason: '未识别到电子凭证（应为 JWT 或包含 JWT 的 JSON 文件）' };
  const check = await verifyCredentialJwt(jwt, await issuerJwks(), issuerId());
  if (!check.ok) return { valid: false, reason: check.reason };
  const found = await findByCode(payload, codeInCredentialId(check.credential.id) ?? '');
  if (!found) return { valid: false, reason: '凭证所指的证书不存在' };
  return publicFacts(found.fields, found.doc);
}
