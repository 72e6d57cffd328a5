/**
 * `beforeOperation` guards shared by the two auth collections (staff `users`, `learners`):
 * - rate limits on login (failed attempts: a successful login is refunded by `loginSucceeded`),
 *   unlock and learner sign-up, per address and per account;
 * - Payload's own forgot/reset-password operations refused (GraphQL, Local API): the REST
 *   endpoints of auth-endpoints.ts replace them;
 * - a new password of at least 8 characters, on create and update;
 * - changing one's own password or e-mail needs `currentPassword`; admins changing someone
 *   else's account, and server code without a user, are exempt.
 */
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload';
import { passwordProblem } from '../../core/security/password-policy';
import { hasRole, isStaff } from '../access/roles';
import { enforceRateLimit, refundRateLimit } from '../security/rate-limit';
import { passwordMatches } from './current-password';
import { type AuthSlug, NO_EMAIL_MESSAGE } from './password-reset';

type Data = Record<string, unknown>;

const textOf = (data: unknown, key: string): string =>
  typeof data === 'object' && data !== null && typeof (data as Data)[key] === 'string' ? ((data as Data)[key] as string).trim().toLowerCase() : '';
/** The account a login or sign-up names: its e-mail, or a learner's user name / phone number. */
const emailOf = (data: unknown): string => textOf(data, 'email') || textOf(data, 'username');

const LABELS: Record<string, string> = { password: '密码', currentPassword: '当前密码' };

const fieldError = (collection: AuthSlug, req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ message, path, label: LABELS[path] }], req }, req.t);

function checkNewPassword(collection: AuthSlug, req: PayloadRequest, data: Data | undefined): void {
  if (!data || data.password === undefined || data.password === null || data.password === '') return;
  const problem = passwordProblem(data.password);
  if (problem) throw fieldError(collection, req, 'password', problem);
}

async function requireCurrentPassword(collection: AuthSlug, req: PayloadRequest, args: { id?: number | string; data?: Data }): Promise<void> {
  const data = args.data;
  if (!data) return;
  const current = data.currentPassword;
  // Not a field: never stored, never passed on.
  delete data.currentPassword;
  const user = req.user;
  if (!user) return;
  const newPassword = typeof data.password === 'string' && data.password !== '';
  // A learner's user name (or phone number) names the account as the e-mail does.
  if (!newPassword && typeof data.email !== 'string' && typeof data.username !== 'string') return;
  const self = user.collection === collection && args.id != null && String(user.id) === String(args.id);
  if (hasRole(user, 'admin') && !self) return;
  if (args.id == null) throw new APIError('批量修改不能修改密码或邮箱', 400);
  const stored = (await req.payload.db.findOne({ collection, where: { id: { equals: args.id } }, req })) as Data | null;
  // No such account: Payload's own update answers (404 / 403).
  if (!stored) return;
  const unchanged = (key: string) => typeof data[key] !== 'string' || textOf(data, key) === textOf(stored, key);
  if (!newPassword && unchanged('email') && unchanged('username')) return;
  enforceRateLimit(req, 'current-password', `${collection}:${args.id}`);
  if (typeof current !== 'string' || current === '') throw fieldError(collection, req, 'currentPassword', '修改密码或邮箱需要先输入当前密码');
  if (!(await passwordMatches(stored, current))) throw fieldError(collection, req, 'currentPassword', '当前密码不正确');
}

/** The guard hook for one auth collection. */
export const accountGuards =
  (collection: AuthSlug): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const data = (args as { data?: Data }).data;
    switch (operation) {
      case 'login':
        enforceRateLimit(req, 'login', `${collection}:${emailOf(data)}`);
        break;
      case 'unlock':
        enforceRateLimit(req, 'unlock', `${collection}:${emailOf(data)}`);
        break;
      case 'forgotPassword':
        // Payload's operation writes on a second connection inside its transaction (a deadlock on SQLite).
        if (!req.payload.config.email) throw new APIError(NO_EMAIL_MESSAGE[collection], 501);
        throw new APIError(`请通过 POST /api/${collection}/forgot-password 申请重置密码`, 400);
      case 'resetPassword':
        throw new APIError(`请通过 POST /api/${collection}/reset-password（邮箱 + 重置码 + 新密码）重置密码`, 400);
      case 'create':
        if (collection === 'learners' && !isStaff(req.user)) enforceRateLimit(req, 'sign-up', `${collection}:${emailOf(data)}`);
        checkNewPassword(collection, req, data);
        break;
      case 'update':
        checkNewPassword(collection, req, data);
        await requireCurrentPassword(collection, req, args as { id?: number | string; data?: Data });
        break;
    }
    return args;
  };

/** `afterLogin`: a successful login does not use up the login limits (only failures do). */
export const loginSucceeded =
  (collection: AuthSlug): CollectionAfterLoginHook =>
  ({ req, user }) => {
    // The name the login was counted under (e-mail or user name), as sent.
    refundRateLimit(req, 'login', `${collection}:${emailOf(req.data) || emailOf(user)}`);
    return user;
  };
