/**
 * Rate limits on the account endpoints (login, unlock, password reset, sign-up) and the public
 * certificate checks, per client address and per account, in this server process's memory.
 * A refusal is `429` with a Chinese message and `Retry-After`. Local API calls (seeds, scripts,
 * tests without a request) are never limited.
 */
import { APIError, type PayloadRequest } from 'payload';
import { RateLimiter, type RateRule } from '../../core/security/rate-limit';
import { clientAddress } from './client-address';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type RateAction = keyof typeof RATE_LIMITS;

/**
 * Bursts allowed per address and per account, refilled over the window. Per-address limits
 * are generous because a school or an office often shares one address.
 */
export const RATE_LIMITS = {
  login: { address: { limit: 100, windowMs: 10 * MINUTE }, account: { limit: 10, windowMs: 10 * MINUTE } },
  unlock: { address: { limit: 20, windowMs: 10 * MINUTE }, account: { limit: 5, windowMs: 10 * MINUTE } },
  'forgot-password': { address: { limit: 10, windowMs: HOUR }, account: { limit: 3, windowMs: HOUR } },
  'reset-password': { address: { limit: 20, windowMs: 15 * MINUTE }, account: { limit: 5, windowMs: 15 * MINUTE } },
  'reset-code': { address: { limit: 30, windowMs: HOUR }, account: { limit: 5, windowMs: HOUR } },
  'current-password': { address: { limit: 30, windowMs: 15 * MINUTE }, account: { limit: 5, windowMs: 15 * MINUTE } },
  'sign-up': { address: { limit: 100, windowMs: HOUR }, account: { limit: 5, windowMs: HOUR } },
  'certificate-check': { address: { limit: 60, windowMs: MINUTE } },
  // Failed unit invitation codes only (a success gives its count back): no enumerating codes.
  'invitation-code': { address: { limit: 20, windowMs: HOUR }, account: { limit: 10, windowMs: HOUR } },
  // Failed 课堂测验 join codes only (a class shares one address; a success gives its count back).
  'class-code': { address: { limit: 30, windowMs: MINUTE } },
} satisfies Record<string, { address: RateRule; account?: RateRule }>;

// One limiter per process, also when Next.js loads this module in more than one bundle.
const GLOBAL_KEY = Symbol.for('pufa.rateLimiter');
const holder = globalThis as unknown as Record<symbol, RateLimiter | undefined>;

/** The process's limiter. */
export const rateLimiter = (): RateLimiter => (holder[GLOBAL_KEY] ??= new RateLimiter());

/** Forgets all counts (tests reset between cases). */
export const resetRateLimits = (): void => rateLimiter().reset();

/** True for requests that came over HTTP (REST or GraphQL), the only ones limited. */
export const isNetworkRequest = (req: Pick<PayloadRequest, 'payloadAPI'>): boolean => req.payloadAPI !== 'local';

/**
 * Counts one `action` for the caller's address and, when given, the account (an e-mail or id,
 * compared case-insensitively); throws APIError 429 with Retry-After when either is spent.
 */
export function enforceRateLimit(req: PayloadRequest, action: RateAction, account?: string | null): void {
  if (!isNetworkRequest(req)) return;
  const limiter = rateLimiter();
  // Both keys are counted even when the first refuses, so spreading guesses gains nothing.
  const refused = keysFor(req, action, account).map(([key, rule]) => limiter.hit(key, rule)).filter((d) => !d.allowed);
  if (refused.length === 0) return;
  const seconds = Math.max(1, Math.ceil(Math.max(...refused.map((d) => d.retryAfterMs)) / 1000));
  const headers = req.responseHeaders ?? new Headers();
  headers.set('Retry-After', String(seconds));
  req.responseHeaders = headers;
  throw new APIError(`操作过于频繁，请 ${waitText(seconds)}后再试。`, 429, { retryAfterSeconds: seconds });
}

/**
 * Gives back what enforceRateLimit counted for this request: a login that succeeded, so only
 * failed logins use up the limits (an office behind one address logs in all day).
 */
export function refundRateLimit(req: PayloadRequest, action: RateAction, account?: string | null): void {
  if (!isNetworkRequest(req)) return;
  for (const [key, rule] of keysFor(req, action, account)) rateLimiter().refund(key, rule);
}

/** The limiter keys (with their rules) a request counts against. */
function keysFor(req: PayloadRequest, action: RateAction, account?: string | null): Array<[string, RateRule]> {
  const rules: { address: RateRule; account?: RateRule } = RATE_LIMITS[action];
  const keys: Array<[string, RateRule]> = [[`${action}|address|${clientAddress(req)}`, rules.address]];
  const who = account?.trim().toLowerCase();
  if (rules.account && who) keys.push([`${action}|account|${who}`, rules.account]);
  return keys;
}

const waitText = (seconds: number): string => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`);
