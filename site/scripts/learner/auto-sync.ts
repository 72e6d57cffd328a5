/**
 * Sends the offline practice queue (statement-queue.ts) to the learner's account by itself: on
 * any page load while statements wait, when the connection returns, and after a quiz. One sync
 * at a time across tabs (Web Locks where the browser has them); the server keeps each statement
 * id once, so a repeat is harmless anyway. Tells callers the truth about where the practice is:
 * on the account (synced), on this device only until login (anonymous), on this device until the
 * network returns (offline), or on this device after a server error (failed).
 */
import { ApiError, postStatements } from './api';
import { readQueue, syncQueue } from './statement-queue';

export type SyncState = 'empty' | 'synced' | 'anonymous' | 'offline' | 'failed';

export interface SyncResult {
  state: SyncState;
  acknowledged: number;
  /** Statements the server refused for good (e.g. older than the offline allowance). */
  rejected: number;
  remaining: number;
}

/** Raised on window after every sync attempt with the SyncResult as detail. */
export const SYNCED_EVENT = 'pufa-synced';

/** What a failed sync means for the learner: 401/403 not logged in, 0 no network. */
export function stateOfError(error: unknown): SyncState {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) return 'anonymous';
    if (error.status === 0) return 'offline';
  }
  return 'failed';
}

async function run(): Promise<SyncResult> {
  const waiting = readQueue().length;
  if (!waiting) return { state: 'empty', acknowledged: 0, rejected: 0, remaining: 0 };
  try {
    const outcome = await syncQueue(postStatements);
    return { state: 'synced', acknowledged: outcome.acknowledged, rejected: outcome.rejected, remaining: outcome.remaining };
  } catch (error) {
    return { state: stateOfError(error), acknowledged: 0, rejected: 0, remaining: readQueue().length };
  }
}

/** Syncs the queue now (offline: says so without a request) and announces the result. */
export async function syncPractice(): Promise<SyncResult> {
  const result = !navigator.onLine && readQueue().length
    ? { state: 'offline' as const, acknowledged: 0, rejected: 0, remaining: readQueue().length }
    : await (navigator.locks ? navigator.locks.request('pufa-sync', run) : run());
  window.dispatchEvent(new CustomEvent<SyncResult>(SYNCED_EVENT, { detail: result }));
  return result;
}
