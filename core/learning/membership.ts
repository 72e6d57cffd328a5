/**
 * Learner identifiers without e-mail, and unit invitation codes: pure rules shared by the CMS
 * (which enforces them) and the site (which says the same before sending).
 */

/** A mainland China mobile number: 11 digits starting 13–19 (no SMS is sent; it is an identifier). */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * The stored form of a login name: trimmed, lower case; a phone number loses spaces, dashes and a
 * leading +86 / 0086 so 138 0013 8000 and +86 13800138000 are one account.
 */
export function normalizeLoginName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const trimmed = raw.trim().toLowerCase();
  const digits = trimmed.replace(/[\s-]/g, '');
  if (/^(\+86|0086)?\d+$/.test(digits)) return digits.replace(/^(\+86|0086)/, '');
  return trimmed;
}

/** True when a normalized login name is a phone number. */
export const isPhoneLoginName = (name: string): boolean => /^\d+$/.test(name);

/**
 * Why a login name (user name or phone number, already normalized) is refused, in Chinese, or
 * null. A name of digits only must be a mainland mobile number; other names are 2–32 letters
 * (Chinese included), digits, `_ . -`, and never contain `@` (that is an e-mail address).
 */
export function loginNameProblem(name: string): string | null {
  if (name === '') return '请填写用户名或手机号';
  if (isPhoneLoginName(name)) return MAINLAND_MOBILE.test(name) ? null : '手机号格式不正确：应为 11 位、以 13–19 开头的大陆手机号';
  if (name.includes('@')) return '用户名不能包含 @；要用邮箱登录，请填写在“电子邮箱”一栏';
  const length = [...name].length;
  if (length < 2 || length > 32) return '用户名应为 2–32 个字符';
  if (!/^[\p{L}\p{N}_.-]+$/u.test(name)) return '用户名只能包含汉字、字母、数字和 _ . -';
  return null;
}

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L). */
export const INVITATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITATION_LENGTH = 10;

/** A new code, each character drawn by `randomIndex(n)` (uniform in 0..n-1, e.g. crypto.randomInt): about 50 bits. */
export function invitationCodeFrom(randomIndex: (n: number) => number): string {
  let out = '';
  for (let i = 0; i < INVITATION_LENGTH; i++) out += INVITATION_ALPHABET[randomIndex(INVITATION_ALPHABET.length)];
  return out;
}

/** What a person types, as stored: upper case, letters and digits only (spaces and dashes dropped). */
export const normalizeInvitationCode = (raw: unknown): string => (typeof raw === 'string' ? raw.toUpperCase().replace(/[^A-Z0-9]/g, '') : '');

/** A stored code shown in two groups, e.g. K7QMX-3TAPR. */
export const formatInvitationCode = (code: string): string => (code.length > 5 ? `${code.slice(0, 5)}-${code.slice(5)}` : code);

export interface InvitationState {
  expiresAt: string | Date;
  maxUses: number;
  uses?: number | null;
  revoked?: boolean | null;
}

/** Why an invitation no longer admits anyone (for staff; strangers get one common answer), or null. */
export function invitationClosed(inv: InvitationState, now: Date): 'revoked' | 'expired' | 'used-up' | null {
  if (inv.revoked) return 'revoked';
  if (new Date(inv.expiresAt).getTime() <= now.getTime()) return 'expired';
  if ((inv.uses ?? 0) >= inv.maxUses) return 'used-up';
  return null;
}

/** The one answer for a wrong, expired, used-up or revoked code: nothing to tell them apart. */
export const INVITATION_REFUSED = '邀请码无效或已失效，请向发码的单位编辑或普法办核对';
