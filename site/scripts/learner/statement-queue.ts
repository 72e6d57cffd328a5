/**
 * The offline statement queue: practice answers and quiz results recorded as xAPI-shaped
 * statements in localStorage (`pufa:statements`), sent to the server when the learner is logged
 * in. A statement leaves the queue when the server answered for its id: stored or duplicate
 * (kept), rejected or conflicting (refused for good — e.g. older than the offline allowance —
 * so retrying would never succeed; the caller tells the learner how many). A network or HTTP
 * failure keeps everything for the next sync. The statements themselves are made by
 * practice-statements.ts, apart, so pages that only sync (account, dashboard, exam) do not load it.
 */
import type { SyncReply } from '../../../core/learning/replies';
import type { LearningStatement } from '../../../core/learning/statements';

export const QUEUE_KEY = 'pufa:statements';
/** Most statements kept offline (≈1–2 MB); beyond it the oldest are dropped. */
export const MAX_QUEUED = 5000;
/** Largest batch the sync endpoint accepts. */
export const SYNC_BATCH = 500;

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
