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
import { creditedHours } from '../../core/learning/study-hours';
import { AUDIENCE_TITLES, isAudience } from '../../core/vocabulary/learning';
import { absoluteUrl } from '../../core/site-url';
import { relationKey } from '../relation';
import { publicSiteBase } from '../site-url';
import { payloadSecret } from '../secret';
import { lessonCatalog, practiceKeys } from './catalog';
import type { Learner } from '../payload-types';
import { examSettingsFor } from './dashboard';
import { examStanding } from './exam';
import { statementsOf } from './learner-records';

// Codes are signed with a key derived from the server secret, never sent anywhere.
const secret = () => `${payloadSecret()}:certificates`;

/** Issues (or returns) the learner's certificate for the year once exam and hours are met. */
export async function issueCertificate(payload: Payload, learner: Learner, now = new Date()) {
  const year = now.getFullYear();
  const existing = (await payload.find({ collection: 'certificates', where: { and: [{ learner: { equals: learner.id } }, { year: { equals: year } }] }, limit: 1, overrideAccess: true })).docs[0];
  if (existing) return { code: existing.code as string, created: false };
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
  await payload.create({
    collection: 'certificates',
    overrideAccess: true,
    data: { ...fields, code, learner: learner.id, unit: learner.unit, hours: fields.hours, examPercent: fields.examPercent },
  });
  return { code, created: true };
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
  return verifyCertificateCode(fields, code, secret()) ? { code, fields } : null;
}

/** Public verification: confirms or denies a code, showing only what the certificate states. */
export async function verifyCertificate(payload: Payload, input: string) {
  const found = await findByCode(payload, input);
  if (!found) return { valid: false as const };
  const { fields } = found;
  return { valid: true as const, name: fields.learnerName, audience: audienceTitle(fields.audience), year: fields.year, issuedAt: fields.issuedAt, hours: fields.hours, examScore: fields.examPercent };
}

/** The certificate as an (unsigned) Open Badges 3.0 credential; its URLs on the public site at `base`. */
export async function openBadgeFor(payload: Payload, input: string, base: string = publicSiteBase()) {
  const found = await findByCode(payload, input);
  if (!found) return null;
  return toOpenBadgeCredential({
    certificate: found.fields,
    code: found.code,
    issuer: { id: absoluteUrl(base, '/'), name: '泉城市普法办（司法局）', url: absoluteUrl(base, '/') },
    achievement: {
      id: absoluteUrl(base, achievementPath(found.fields.audience, found.fields.year)),
      name: `${found.fields.year}年度学法合格证书`,
      ...ACHIEVEMENT_TEXT,
    },
    verifyBase: absoluteUrl(base, '/verify/?code='),
  });
}
