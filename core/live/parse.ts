/** Reading one client frame: size, JSON, shape. Every refusal is a LiveError with a Chinese message. */
import { z } from 'zod';
import { LiveError } from './errors';
import {
  CODE_PATTERN, EXTRA_TIME_MAX_SEC, MAX_MESSAGE_BYTES, NICKNAME_MAX, TIMER_MAX_SEC, TIMER_MIN_SEC,
  type ClientMessage, type LiveSettings,
} from './protocol';

const code = z.string().regex(CODE_PATTERN);
const id = z.string().min(1).max(64);

export const settingsSchema = z.object({
  timerSec: z.number().int().min(TIMER_MIN_SEC).max(TIMER_MAX_SEC).nullable(),
  scoring: z.enum(['accuracy', 'speed']),
  hideNames: z.boolean(),
  allowLate: z.boolean().optional(),
}).strict();

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), quizSetId: id, settings: settingsSchema }).strict(),
  z.object({ type: z.literal('host'), code }).strict(),
  z.object({ type: z.literal('watch'), code, screenKey: z.string().min(1).max(64) }).strict(),
  z.object({ type: z.literal('join'), code, nickname: z.string().max(64), resumeToken: z.string().min(1).max(64).optional() }).strict(),
  z.object({ type: z.literal('answer'), questionIndex: z.number().int().min(0).max(999), choice: z.array(z.number().int().min(0).max(25)).max(26) }).strict(),
  z.object({ type: z.literal('ping') }).strict(),
  ...(['next', 'pause', 'resume', 'reveal', 'skip', 'end', 'lock', 'unlock'] as const).map((t) => z.object({ type: z.literal(t) }).strict()),
  z.object({ type: z.literal('allowLate'), allowed: z.boolean() }).strict(),
  z.object({ type: z.literal('remove'), playerId: id }).strict(),
  z.object({ type: z.literal('extraTime'), playerId: id, seconds: z.number().int().min(0).max(EXTRA_TIME_MAX_SEC) }).strict(),
]);

/** Why a field was refused, in Chinese, for the commonest mistakes. */
function explain(issue: z.ZodIssue): string {
  const field = issue.path.join('.');
  if (field === 'code' || field.endsWith('.code')) return '加入码应为6位数字。';
  if (field.startsWith('settings.timerSec')) return `每题限时应为${TIMER_MIN_SEC}–${TIMER_MAX_SEC}秒，或不限时。`;
  if (field === 'seconds') return `延长时间应为0–${EXTRA_TIME_MAX_SEC}秒的整数。`;
  if (issue.code === 'invalid_union_discriminator') return '未知的消息类型。';
  return `消息格式不正确（${field || '整体'}）。`;
}

/** Parses a text frame of at most MAX_MESSAGE_BYTES into a ClientMessage. */
export function parseClientMessage(text: string): ClientMessage {
  if (text.length > MAX_MESSAGE_BYTES / 3 && new TextEncoder().encode(text).length > MAX_MESSAGE_BYTES) throw new LiveError('too-large', `消息过大（上限 ${MAX_MESSAGE_BYTES} 字节）。`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LiveError('bad-message', '消息不是有效的 JSON。');
  }
  const parsed = messageSchema.safeParse(json);
  if (!parsed.success) throw new LiveError(parsed.error.issues[0]?.path[0] === 'settings' ? 'bad-settings' : 'bad-message', explain(parsed.error.issues[0]!));
  return parsed.data as ClientMessage;
}

/** A nickname as kept: trimmed, inner whitespace collapsed; or a Chinese reason it is refused. */
export function cleanNickname(raw: string): { nickname: string } | { problem: string } {
  // eslint-disable-next-line no-control-regex
  const nickname = raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  if (!nickname) return { problem: '请输入昵称。' };
  if ([...nickname].length > NICKNAME_MAX) return { problem: `昵称最多 ${NICKNAME_MAX} 个字。` };
  return { nickname };
}

export const validSettings = (s: unknown): s is LiveSettings => settingsSchema.safeParse(s).success;
