/**
 * Every refusal reaches the client as `{ errors: [{ message, data? }] }` with its status.
 * Payload formats an APIError by its class name unless it carries `data`; the minified admin
 * server build drops class names (`name: ""`), so a plain `throw new APIError('中文说明', 400)`
 * was answered "An unknown error occurred." over HTTP. This hook puts the message back.
 */
import type { Config, Plugin } from 'payload';

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number];

interface Refusal {
  message: string;
  status: number;
  isPublic?: boolean;
  data?: Record<string, unknown> | null;
}

const isRefusal = (error: unknown): error is Refusal => {
  const e = error as Partial<Refusal> | null;
  return typeof e?.message === 'string' && typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.isPublic === true;
};

/** Rewrites the reply of a public 4xx error only when Payload's formatting lost its message. */
const refusalReply: AfterErrorHook = ({ error, result }) => {
  if (!isRefusal(error) || result?.errors?.[0]?.message === error.message) return;
  return { response: { errors: [{ message: error.message, ...(error.data ? { data: error.data } : {}) }] }, status: error.status };
};

/** Plugin: registers refusalReply as a root afterError hook. */
export const refusalReplies: Plugin = (config) => ({
  ...config,
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), refusalReply] },
});
