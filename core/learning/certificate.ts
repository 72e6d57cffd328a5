// HMAC via node:crypto: synchronous, and the secret must never reach a browser anyway, so the
// portability of WebCrypto (async-only subtle.sign) buys nothing here. Server-side module.
import { createHmac, timingSafeEqual } from 'node:crypto';

export { ACHIEVEMENT_TEXT, achievementPath, toOpenBadgeCredential, type OpenBadgeInput, type OpenBadgeCredential } from './open-badge';

/** The facts a certificate attests; all of them are covered by the verification code. */
export interface CertificateFields {
  /** Stable certificate id (e.g. a database id or UUID). */
  certificateId: string;
  learnerId: string;
  learnerName: string;
  audience: string;
  year: number;
  /** Best exam score in percent. */
  examPercent: number;
  /** 学时 credited in the year. */
  hours: number;
  /** ISO time of issue. */
  issuedAt: string;
}

/**
 * The issuance rule: the year's exam passed AND the required hours met. Reasons are Chinese,
 * shown to the learner ("还差 2.5 学时").
 */
export function certificateEligibility(input: {
  examPassed: boolean;
  creditedHours: number;
  requiredHours: number;
}): { eligible: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (!input.examPassed) reasons.push('年度学法考试尚未通过');
  const missing = Math.round((input.requiredHours - input.creditedHours) * 100) / 100;
  if (missing > 0) reasons.push(`学时未达标：已修 ${input.creditedHours} 学时，还差 ${missing} 学时`);
  return { eligible: reasons.length === 0, reasons };
}

/** Crockford base32: digits and capitals without I, L, O, U — nothing to confuse when typing. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Shortest accepted HMAC secret. */
export const MIN_SECRET_LENGTH = 16;

function macChars(fields: CertificateFields, secret: string): string {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`certificate secret must be at least ${MIN_SECRET_LENGTH} characters`);
  // A JSON array fixes field order; the prefix separates this use of the secret from any other.
  const message = `pufa-certificate-v1\n${JSON.stringify([
    fields.certificateId, fields.learnerId, fields.learnerName, fields.audience,
    fields.year, fields.examPercent, fields.hours, fields.issuedAt,
  ])}`;
  const mac = createHmac('sha256', secret).update(message, 'utf8').digest();
  // The first 40 bits as 8 base32 characters.
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(mac[i]!);
  let out = '';
  for (let i = 7; i >= 0; i--) out += CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return out;
}

const yearTag = (year: number) => `PF${String(year % 100).padStart(2, '0')}`;

/**
 * The verification code printed on a certificate: `PF26-XXXX-XXXX` — PF, the year's last two
 * digits, then 40 bits of HMAC-SHA256(secret, all fields) in Crockford base32. Changing any
 * field changes the code; without the secret a code cannot be made (2^-40 per guess, so the
 * lookup endpoint must still be rate-limited).
 */
export function certificateCode(fields: CertificateFields, secret: string): string {
  const mac = macChars(fields, secret);
  return `${yearTag(fields.year)}-${mac.slice(0, 4)}-${mac.slice(4)}`;
}

/**
 * A typed code in canonical form, or null when it cannot be one: case, spaces and dashes are
 * ignored, and O→0, I/L→1 as Crockford prescribes.
 */
export function normalizeCertificateCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s\-_]/g, '');
  if (!/^PF\d{2}[0-9A-Z]{8}$/.test(raw)) return null;
  const body = raw.slice(4).replace(/O/g, '0').replace(/[IL]/g, '1');
  if ([...body].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 4)}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** True only when the typed code is the code of exactly these fields under this secret (constant-time compare). */
export function verifyCertificateCode(fields: CertificateFields, code: string, secret: string): boolean {
  const given = normalizeCertificateCode(code);
  if (!given) return false;
  const expected = Buffer.from(certificateCode(fields, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
