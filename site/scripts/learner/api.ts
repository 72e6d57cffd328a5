/**
 * Same-origin JSON calls to the CMS API with the learner's Payload cookie. Every failure becomes
 * an ApiError whose message is fit to show (Chinese), taken from the server's reply when it has
 * one (Payload's `errors[0].data.errors[].message` / `errors[0].message`, or `message`).
 */
import type { MeReply, SyncReply } from '../../../core/learning/replies';
import type { LearningStatement } from '../../../core/learning/statements';

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the network failed. */
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The most specific readable message in an error body, or null. */
export function errorMessage(body: unknown): string | null {
  if (!isObj(body)) return null;
  const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
  if (isObj(first)) {
    const fieldErrors = isObj(first.data) && Array.isArray(first.data.errors) ? first.data.errors : [];
    const details = fieldErrors.map((e) => (isObj(e) && typeof e.message === 'string' ? e.message : '')).filter(Boolean);
    if (details.length) return details.join('；');
    if (typeof first.message === 'string' && first.message) return first.message;
  }
  return typeof body.message === 'string' && body.message ? body.message : null;
}

const FALLBACK: Record<number, string> = {
  0: '网络连接失败，请检查网络后重试。',
  401: '请先登录。',
  403: '没有权限，请先登录学员账号。',
  404: '服务暂不可用（接口不存在）。',
  429: '操作太频繁，请稍后再试。',
};

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      credentials: 'include',
      headers: { Accept: 'application/json', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(FALLBACK[0]!, 0, null);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const fallback = FALLBACK[res.status] ?? (res.status >= 500 ? '服务器出错了，请稍后再试。' : `请求失败（${res.status}）。`);
    throw new ApiError(errorMessage(body) ?? fallback, res.status, body);
  }
  return body as T;
}

/** The logged-in learner as /api/learners/me returns it. */
export type Learner = NonNullable<MeReply['user']>;

/** The logged-in learner, or null (also null when the API cannot be reached). */
export async function currentLearner(): Promise<Learner | null> {
  const reply = await api<MeReply>('/api/learners/me');
  return reply?.user ?? null;
}


/** A same-site path to return to after login: the strict check of core/security/safe-next.ts. */
export { safeNextPath as safeNext } from '../../../core/security/safe-next';

export const loginUrl = (next: string) => `/account/?next=${encodeURIComponent(next)}`;

/**
 * One batch of the offline queue to the server; statement-queue.ts's syncQueue(postStatements)
 * sends the whole queue. Kept apart from the queue so pages that never sync do not load it.
 */
export const postStatements = (statements: LearningStatement[]): Promise<SyncReply> =>
  api<SyncReply>('/api/learners/sync', { body: { statements } });
