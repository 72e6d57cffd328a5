/**
 * Account endpoints that replace Payload's own for both auth collections (custom endpoints are
 * matched first): `POST /forgot-password`, `POST /reset-password`, and the staff-only
 * `POST /:id/reset-code`. Payload's forgot-password held the SQLite write queue while it wrote
 * on a second connection, failing after ~10 s with "database is locked" and stalling every
 * other write; these hold no transaction across any wait (see password-reset.ts).
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import { isStaff } from '../access/roles';
import { readFormBody, readJsonBody } from '../request-body';
import { enforceRateLimit } from '../security/rate-limit';
import { publicSiteBase } from '../site-url';
import { type AuthSlug, NO_EMAIL_MESSAGE, emailConfigured, issueResetCode, redeemResetCode, requestEmailReset } from './password-reset';

const MAX_AUTH_BODY_BYTES = 16 * 1024;

/** The body as an object: JSON, or the admin's forms (multipart with a `_payload` JSON field). */
async function authBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  let data: unknown;
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await readFormBody(req as { headers: Headers; body?: ReadableStream<Uint8Array> | null }, MAX_AUTH_BODY_BYTES);
    const raw = form.get('_payload');
    try {
      data = typeof raw === 'string' ? JSON.parse(raw) : Object.fromEntries(form.entries());
    } catch {
      throw new APIError('请求内容不是有效的 JSON', 400);
    }
  } else {
    data = await readJsonBody(req as { headers: Headers; body?: ReadableStream<Uint8Array> | null }, MAX_AUTH_BODY_BYTES);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new APIError('请求内容应为 JSON 对象', 400);
  return data as Record<string, unknown>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');


function forgotPassword(collection: AuthSlug): Endpoint['handler'] {
  return async (req) => {
    const email = text((await authBody(req)).email);
    if (!email) throw new APIError('请填写邮箱', 400);
    enforceRateLimit(req, 'forgot-password', `${collection}:${email}`);
    if (!emailConfigured(req.payload)) throw new APIError(NO_EMAIL_MESSAGE[collection], 501);
    // Links in e-mail use the configured public site, never the request's Host header.
    const base = publicSiteBase();
    await requestEmailReset(req.payload, {
      collection,
      email,
      linkFor: (token, address) =>
        collection === 'learners' ? `${base}/account/#reset=${token}&email=${encodeURIComponent(address)}` : `${base}/admin/reset/${token}`,
    });
    return Response.json({ message: '如果该邮箱已注册，重置链接已发到该邮箱，1 小时内有效。' });
  };
}

function resetPassword(collection: AuthSlug): Endpoint['handler'] {
  return async (req) => {
    const body = await authBody(req);
    const email = text(body.email);
    enforceRateLimit(req, 'reset-password', email ? `${collection}:${email}` : null);
    await redeemResetCode(req.payload, { collection, email, code: body.code ?? body.token, password: body.password });
    return Response.json({ message: '密码已重置，请用新密码登录。' });
  };
}

function issueCode(collection: AuthSlug): Endpoint['handler'] {
  return async (req) => {
    if (!isStaff(req.user)) throw new APIError('请先以工作人员身份登录', 401);
    const id = req.routeParams?.id as string | undefined;
    if (!id) throw new APIError('缺少账号', 400);
    enforceRateLimit(req, 'reset-code', `${collection}:${id}`);
    const issued = await issueResetCode(req.payload, { collection, id, staff: req.user });
    req.payload.logger.info({ msg: 'one-time reset code issued', collection, account: id, by: req.user.id });
    return Response.json(
      { ...issued, message: '重置码只显示这一次，30 分钟内有效，用过即失效。请当面或电话告知本人，不要通过聊天软件转发。' },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  };
}

/** The endpoints, for a collection's `endpoints` list (before any others). */
export const authEndpoints = (collection: AuthSlug): Endpoint[] => [
  { path: '/forgot-password', method: 'post', handler: forgotPassword(collection) },
  { path: '/reset-password', method: 'post', handler: resetPassword(collection) },
  { path: '/:id/reset-code', method: 'post', handler: issueCode(collection) },
];
