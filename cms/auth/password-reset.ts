/**
 * Password reset without holding a write transaction across slow work: every write here is one
 * short transaction of its own (SQLite runs them one at a time, see database-serial.ts), and
 * e-mail is sent after the write has committed, never inside it.
 *
 * - Staff issue a one-time code (`issueResetCode`): an admin for anyone, a unit editor for a
 *   learner of their unit. The code is shown once; only its HMAC is stored.
 * - With an e-mail adapter configured, `requestEmailReset` mails a long one-time token.
 * - `redeemResetCode` takes e-mail + code (or the long token alone), sets the new password,
 *   consumes the code atomically (a second use fails), lifts any lockout and ends all sessions.
 */
import { normalizeLoginName } from '../../core/learning/membership';
import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload';
import { passwordProblem } from '../../core/security/password-policy';
import { mayIssueResetCode } from '../access/reset-codes';
import type { Learner } from '../payload-types';
import { EMAIL_TOKEN_TTL_MS, LONG_TOKEN_LENGTH, RESET_CODE_TTL_MS, hashResetSecret, newEmailToken, newResetCode, normalizeSecret, sameHash } from './reset-secret';

export type AuthSlug = 'users' | 'learners';

type AccountRow = { id: number | string; email?: string; unit?: Learner['unit']; resetPasswordToken?: unknown; resetPasswordExpiration?: unknown };

/** Runs `work` in one short transaction of its own (a no-op wrapper where transactions are off). */
async function inOwnTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload);
  const owned = await initTransaction(req);
  try {
    const result = await work(req);
    if (owned) await commitTransaction(req);
    return result;
  } catch (error) {
    await killTransaction(req);
    throw error;
  }
}

const normalizeEmail = (email: unknown): string => (typeof email === 'string' ? email.trim().toLowerCase() : '');

async function accountByEmail(payload: Payload, collection: AuthSlug, email: string): Promise<AccountRow | null> {
  if (!email) return null;
  // A learner without e-mail names their account by user name or phone number instead.
  const where: Where = collection === 'learners' && !email.includes('@') ? { username: { equals: normalizeLoginName(email) } } : { email: { equals: email } };
  return (await payload.db.findOne({ collection, where })) as AccountRow | null;
}

/** Stores the hash of `secret` as the account's only valid reset secret until `expiresAt`. */
async function storeSecret(payload: Payload, collection: AuthSlug, id: number | string, secret: string, expiresAt: Date): Promise<void> {
  await inOwnTransaction(payload, (req) =>
    payload.db.updateOne({
      collection,
      id,
      data: { resetPasswordToken: hashResetSecret(payload.secret, secret), resetPasswordExpiration: expiresAt.toISOString() },
      req,
    }),
  );
}

/**
 * Issues a one-time code for account `id` on behalf of `staff`; 403 when they may not (see
 * mayIssueResetCode), 404 when there is no such account. Replaces any earlier code.
 */
export async function issueResetCode(
  payload: Payload,
  { collection, id, staff, now = new Date() }: { collection: AuthSlug; id: number | string; staff: unknown; now?: Date },
): Promise<{ code: string; expiresAt: string; email: string }> {
  const account = (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as AccountRow | null;
  if (!account) throw new APIError('账号不存在', 404);
  const target = collection === 'learners' ? { collection, unit: account.unit } : { collection };
  if (!mayIssueResetCode(staff, target)) {
    throw new APIError(collection === 'learners' ? '只有普法办管理员或该学员所在单位的编辑可以签发重置码' : '只有普法办管理员可以为工作人员签发重置码', 403);
  }
  const code = newResetCode();
  const expiresAt = new Date(now.getTime() + RESET_CODE_TTL_MS);
  await storeSecret(payload, collection, account.id, code, expiresAt);
  return { code, expiresAt: expiresAt.toISOString(), email: account.email ?? '' };
}

/** Said when no e-mail adapter is configured: who resets the password instead. */
export const NO_EMAIL_MESSAGE: Record<AuthSlug, string> = {
  learners: '本平台未开通邮件找回密码。请联系你所在单位的单位编辑或普法办，领取一次性重置码（30 分钟内有效），然后在“用重置码设置新密码”中输入。',
  users: '本平台未开通邮件找回密码。请联系普法办管理员，领取一次性重置码后重置密码。',
};

/** True when an e-mail adapter was configured (Payload otherwise only logs mail to the console). */
export const emailConfigured = (payload: Payload): boolean => Boolean(payload.config.email);

/**
 * With an e-mail adapter: stores a one-time token for the account (if there is one) and mails
 * a link in the background, so neither the reply nor its timing says whether the address is
 * registered. `linkFor` builds the link from the token.
 */
export async function requestEmailReset(
  payload: Payload,
  { collection, email, linkFor, now = new Date() }: { collection: AuthSlug; email: string; linkFor: (token: string, email: string) => string; now?: Date },
): Promise<void> {
  const account = await accountByEmail(payload, collection, normalizeEmail(email));
  if (!account?.email) return;
  const token = newEmailToken();
  await storeSecret(payload, collection, account.id, token, new Date(now.getTime() + EMAIL_TOKEN_TTL_MS));
  const link = linkFor(token, account.email);
  const send = payload.email.sendEmail({
    from: `"${payload.email.defaultFromName}" <${payload.email.defaultFromAddress}>`,
    to: account.email,
    subject: '普法平台：重置密码',
    html: `<p>你（或他人）申请重置普法平台账号 ${account.email} 的密码。</p><p>请在 1 小时内打开下面的链接设置新密码，链接只能使用一次：</p><p><a href="${link}">${link}</a></p><p>如果不是你本人申请，请忽略本邮件，你的密码不会改变。</p>`,
  });
  void Promise.resolve(send).catch((err: unknown) => payload.logger.error({ err, msg: '重置密码邮件发送失败' }));
}

/**
 * Sets a new password with a one-time secret: `email` + staff code, or an e-mailed token alone.
 * Refuses (400/403) a weak password, an unknown, wrong, used or expired secret; on success the
 * secret is gone, any lockout lifted and every session of the account ended.
 */
export async function redeemResetCode(
  payload: Payload,
  { collection, email, code, password, now = new Date() }: { collection: AuthSlug; email?: unknown; code: unknown; password: unknown; now?: Date },
): Promise<{ email: string }> {
  const secret = typeof code === 'string' ? normalizeSecret(code) : '';
  const address = normalizeEmail(email);
  if (!secret) throw new APIError('请填写重置码', 400);
  if (!address && secret.length < LONG_TOKEN_LENGTH) throw new APIError('请填写邮箱和重置码', 400);
  const problem = passwordProblem(password);
  if (problem) throw new APIError(problem, 400);
  const hash = hashResetSecret(payload.secret, secret);
  const account = address
    ? await accountByEmail(payload, collection, address)
    : ((await payload.db.findOne({ collection, where: { resetPasswordToken: { equals: hash } } })) as AccountRow | null);
  const expires = account ? Date.parse(String(account.resetPasswordExpiration ?? '')) : NaN;
  const refused = new APIError('重置码无效或已过期，请向单位编辑或普法办重新领取', 403);
  if (!account || !sameHash(account.resetPasswordToken, hash) || !(expires > now.getTime())) throw refused;
  // Consume first, in one statement that matches only while the secret is still there: of two
  // concurrent uses, one wins.
  const claimed = await inOwnTransaction(payload, (req) =>
    payload.db.updateOne({
      collection,
      where: { and: [{ id: { equals: account.id } }, { resetPasswordToken: { equals: hash } }] },
      data: { resetPasswordToken: null, resetPasswordExpiration: null },
      options: { atomic: true },
      req,
    }),
  );
  if (!claimed) throw refused;
  await payload.update({
    collection,
    id: account.id,
    data: { password, loginAttempts: 0, lockUntil: null, sessions: [] } as Record<string, unknown>,
    overrideAccess: true,
    context: { pufaPasswordReset: true },
  });
  return { email: account.email ?? address };
}
