/**
 * Checks a password against the hash Payload stored, without logging in (no session, no lockout
 * counter). Payload 3.90 does not export its own check, so this mirrors its two formats:
 * `pbkdf2-sha256-v1:` (600,000 iterations, 32 bytes) and the legacy one (25,000, 512 bytes).
 * An unknown format never matches, so a change in Payload fails closed.
 */
import { pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(pbkdf2);
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:';

/** True when `password` matches the stored `hash` and `salt`. */
export async function passwordMatches(stored: { hash?: unknown; salt?: unknown }, password: unknown): Promise<boolean> {
  const { hash, salt } = stored;
  if (typeof password !== 'string' || !password || typeof hash !== 'string' || typeof salt !== 'string') return false;
  const current = hash.startsWith(CURRENT_PREFIX);
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex');
  if (expected.length === 0) return false;
  const actual = await derive(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
