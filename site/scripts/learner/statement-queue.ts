/**
 * The offline statement queue: practice answers and quiz results recorded as xAPI-shaped
 * statements in localStorage (`pufa:statements`), sent to the server when the learner is logged
 * in. A statement leaves the queue when the server answered for its id: stored or duplicate
 * (kept), rejected or conflicting (refused for good — e.g. older than the offline allowance —
 * so retrying would never succeed; the caller tells the learner how many). A network or HTTP
 * failure keeps everything for the next sync.
 */
import type { SyncReply } from '../../../core/learning/replies';
import type { LearningStatement } from '../../../core/learning/statements';
import { encodeResponse } from '../../../core/learning/xapi';
import type { Response } from '../../../core/quiz/grade';

export const QUEUE_KEY = 'pufa:statements';
/** Most statements kept offline (≈1–2 MB); beyond it the oldest are dropped. */
export const MAX_QUEUED = 5000;
/** Largest batch the sync endpoint accepts. */
export const SYNC_BATCH = 500;

/** A v4 UUID: crypto.randomUUID where available (secure contexts), else from getRandomValues. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


export function readQueue(): LearningStatement[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as LearningStatement[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(queue: LearningStatement[]): void {
  try {
    localStorage.setItem(QUEUE_KEY, JSON.stringify(queue.slice(-MAX_QUEUED)));
  } catch {
    // Private mode or full storage: practice still works, the record is just not kept.
  }
}

/** Append statements (re-reading storage first, so other tabs' statements are kept). */
export function enqueue(...statements: LearningStatement[]): void {
  writeQueue([...readQueue(), ...statements]);
}

/** Drop the acknowledged ids (case-insensitive: the server lower-cases them). */
export function removeFromQueue(ids: Iterable<string>): void {
  const done = new Set([...ids].map((id) => id.toLowerCase()));
  if (done.size) writeQueue(readQueue().filter((s) => !done.has(String(s.id).toLowerCase())));
}

const now = () => new Date().toISOString();

/** The statement for one answered practice question. */
export function answeredStatement(questionId: string, success: boolean, response: Response): LearningStatement {
  return {
    id: uuid(),
    actor: { learnerId: 'local' },
    verb: 'answered',
    object: { id: questionId, type: 'question' },
    result: { success, response: encodeResponse(response) },
    timestamp: now(),
  };
}

/** The statement for a finished practice quiz; the caller decides passed/failed by its pass mark. */
export function quizResultStatement(quizId: string, raw: number, max: number, success: boolean): LearningStatement {
  return {
    id: uuid(),
    actor: { learnerId: 'local' },
    verb: success ? 'passed' : 'failed',
    object: { id: quizId, type: 'quiz' },
    result: { score: { raw, max, scaled: max ? raw / max : 0 }, success },
    timestamp: now(),
  };
}


export interface SyncOutcome {
  sent: number;
  acknowledged: number;
  rejected: number;
  remaining: number;
}

/**
 * Send the queue in batches of SYNC_BATCH. `post` does the request (and throws on HTTP or
 * network errors); acknowledged ids are removed after each batch, so a failure part-way keeps
 * only what was not yet acknowledged.
 */
export async function syncQueue(post: (batch: LearningStatement[]) => Promise<SyncReply>): Promise<SyncOutcome> {
  const queue = readQueue();
  let acknowledged = 0;
  let rejected = 0;
  for (let i = 0; i < queue.length; i += SYNC_BATCH) {
    const batch = queue.slice(i, i + SYNC_BATCH);
    const reply = await post(batch);
    const ok = [...(reply.stored ?? []), ...(reply.duplicates ?? [])];
    const refused = [...(reply.rejected ?? []).flatMap((r) => (r.id ? [r.id] : [])), ...(reply.conflicts ?? [])];
    removeFromQueue([...ok, ...refused]);
    acknowledged += ok.length;
    rejected += (reply.rejected?.length ?? 0) + (reply.conflicts?.length ?? 0);
  }
  return { sent: queue.length, acknowledged, rejected, remaining: readQueue().length };
}
