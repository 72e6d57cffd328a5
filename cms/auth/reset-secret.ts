/**
 * One-time reset secrets: short codes a staff member reads out to a learner, and long tokens
 * sent by e-mail. Only an HMAC of a secret is stored (in Payload's `resetPasswordToken`), so a
 * copy of the database does not reveal a usable code.
 */
import { createHmac, randomInt, randomBytes, timingSafeEqual } from 'node:crypto';

/** Staff-issued codes last 30 minutes; e-mailed links an hour. */
export const RESET_CODE_TTL_MS = 30 * 60_000;
export const EMAIL_TOKEN_TTL_MS = 60 * 60_000;

// No 0/O, 1/I/L: the code is read aloud or copied from a screen.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;
/** Shortest secret accepted without an e-mail address (only e-mailed tokens are this long). */
export const LONG_TOKEN_LENGTH = 40;

/** A new staff-issued code, e.g. `K7QM-3XTA-PR` (10 symbols, ~49 bits). */
export function newResetCode(): string {
  const symbols = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** A new e-mailed token (256 bits, hex). */
export const newEmailToken = (): string => randomBytes(32).toString('hex');

/** The form a secret is compared in: no spaces or hyphens, upper case. */
export const normalizeSecret = (input: string): string => input.replace(/[\s-]/g, '').toUpperCase();

/** What is stored for a secret: HMAC-SHA256 under the server secret, hex. */
export const hashResetSecret = (serverSecret: string, secret: string): string =>
  createHmac('sha256', serverSecret).update(`pufa-reset:${normalizeSecret(secret)}`).digest('hex');

/** Constant-time comparison of two stored-form hashes. */
export function sameHash(a: unknown, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
