import { beforeEach, describe, expect, it } from 'vitest';
import type { LearningStatement } from '../../../core/learning/statements';
import type { SyncReply } from '../../../core/learning/replies';
import { answeredStatement } from '../../../site/scripts/learner/practice-statements';
import { enqueue, readQueue, syncQueue } from '../../../site/scripts/learner/statement-queue';

// The queue lives in localStorage; node has none, so a Map-backed one stands in.
const store = new Map<string, string>();
globalThis.localStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
  clear: () => store.clear(),
  key: () => null,
  length: 0,
} as Storage;

const reply = (over: Partial<SyncReply>): SyncReply => ({ stored: [], duplicates: [], conflicts: [], rejected: [], ...over });

beforeEach(() => store.clear());

describe('syncQueue', () => {
  it('drops stored, duplicate, rejected and conflicting ids and keeps the rest', async () => {
    const [a, b, c, d, e] = Array.from({ length: 5 }, (_, i) => answeredStatement(`q-${i}`, true, 'a'));
    enqueue(a!, b!, c!, d!, e!);
    const outcome = await syncQueue(async () =>
      reply({ stored: [a!.id], duplicates: [b!.id.toUpperCase()], rejected: [{ id: c!.id, index: 2, errors: ['timestamp: too old'] }], conflicts: [d!.id] }),
    );
    expect(outcome).toEqual({ sent: 5, acknowledged: 2, rejected: 2, remaining: 1 });
    expect(readQueue().map((s) => s.id)).toEqual([e!.id]);
  });

  it('keeps everything when the request fails', async () => {
    enqueue(answeredStatement('q-1', false, 'b'));
    await expect(syncQueue(async () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    expect(readQueue()).toHaveLength(1);
  });

  it('sends batches of at most 500', async () => {
    enqueue(...Array.from({ length: 1201 }, (_, i) => answeredStatement(`q-${i % 40}`, true, 'a')));
    const sizes: number[] = [];
    const outcome = await syncQueue(async (batch: LearningStatement[]) => (sizes.push(batch.length), reply({ stored: batch.map((s) => s.id) })));
    expect(sizes).toEqual([500, 500, 201]);
    expect(outcome.remaining).toBe(0);
  });
});
