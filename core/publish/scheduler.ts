/**
 * When the public site is rebuilt, as a pure state machine (no clock, no timers: callers pass `at`).
 *
 *              change (debounce: due = min(at + quiet, queuedAt + maxWait))
 *             ┌──────┐
 *             v      │
 *   idle --change--> waiting --due (start)--> building --finish ok--> idle (lastSuccess)
 *     ^  --request-> (due now)                   │  │
 *     │                                          │  └--finish failed--> idle (lastFailure; old site stays)
 *     │                                   change │
 *     │                                          v
 *     └──── finish, then start at due ──── building + waiting (all changes during a build
 *                                                    coalesce into exactly ONE next build)
 *
 * One build at a time: `start` only moves the waiting job into `building` when nothing builds.
 * A request (manual, daily, startup) makes the waiting job due at once. A job's trigger is the
 * first reason it was queued, unless a manual request joins it (then it is "manual").
 */

/** Why a build runs. */
export type PublishTrigger = 'change' | 'manual' | 'daily' | 'startup';

/** A stored record whose change scheduled a build. */
export interface ChangedRecord {
  collection: string;
  id: string | number;
  title: string;
}

/** A build waiting for its due time or running. */
export interface PublishJob {
  /** Sequence number, unique per scheduler state. */
  id: number;
  trigger: PublishTrigger;
  records: ChangedRecord[];
  queuedAt: number;
  dueAt: number;
  startedAt?: number;
}

export interface PublishState {
  nextId: number;
  waiting: PublishJob | null;
  building: PublishJob | null;
  lastSuccess: { at: number; durationMs: number; jobId: number } | null;
  lastFailure: { at: number; reason: string; jobId: number } | null;
}

export interface PublishTiming {
  /** Quiet period after the last change before a build starts. */
  quietMs: number;
  /** Longest a change waits while changes keep arriving. */
  maxWaitMs: number;
}

export const DEFAULT_TIMING: PublishTiming = { quietMs: 3_000, maxWaitMs: 30_000 };

export type PublishEvent =
  | { type: 'change'; at: number; records: ChangedRecord[] }
  | { type: 'request'; at: number; trigger: Exclude<PublishTrigger, 'change'> }
  | { type: 'start'; at: number }
  | { type: 'finish'; at: number; ok: true }
  | { type: 'finish'; at: number; ok: false; reason: string };

export const initialPublishState = (): PublishState =>
  ({ nextId: 1, waiting: null, building: null, lastSuccess: null, lastFailure: null });

const key = (r: ChangedRecord) => `${r.collection}\u0000${r.id}`;

/** Records of `a` and `b`, one per collection and id; the later title wins. */
function mergeRecords(a: ChangedRecord[], b: ChangedRecord[]): ChangedRecord[] {
  const byKey = new Map(a.map((r) => [key(r), r]));
  for (const r of b) byKey.set(key(r), r);
  return [...byKey.values()];
}

function queue(state: PublishState, at: number, trigger: PublishTrigger, records: ChangedRecord[], dueAt: number): PublishState {
  const w = state.waiting;
  if (!w) {
    return { ...state, nextId: state.nextId + 1, waiting: { id: state.nextId, trigger, records, queuedAt: at, dueAt } };
  }
  return {
    ...state,
    waiting: {
      ...w,
      trigger: trigger === 'manual' ? 'manual' : w.trigger,
      records: mergeRecords(w.records, records),
      dueAt,
    },
  };
}

/** The state after one event. Events that do not apply (a start with nothing due) change nothing. */
export function publishStep(state: PublishState, event: PublishEvent, timing: PublishTiming = DEFAULT_TIMING): PublishState {
  switch (event.type) {
    case 'change': {
      const queuedAt = state.waiting?.queuedAt ?? event.at;
      const dueAt = Math.min(event.at + timing.quietMs, queuedAt + timing.maxWaitMs);
      return queue(state, event.at, 'change', event.records, dueAt);
    }
    case 'request':
      return queue(state, event.at, event.trigger, [], event.at);
    case 'start': {
      const w = state.waiting;
      if (state.building || !w || event.at < w.dueAt) return state;
      return { ...state, waiting: null, building: { ...w, startedAt: event.at } };
    }
    case 'finish': {
      const b = state.building;
      if (!b) return state;
      const done = { ...state, building: null };
      return event.ok
        ? { ...done, lastSuccess: { at: event.at, durationMs: event.at - (b.startedAt ?? event.at), jobId: b.id } }
        : { ...done, lastFailure: { at: event.at, reason: event.reason, jobId: b.id } };
    }
  }
}

/** When the caller should next send `start`, or null when nothing waits or a build runs. */
export function nextStartAt(state: PublishState): number | null {
  return state.waiting && !state.building ? state.waiting.dueAt : null;
}

/** What staff are told about the public site. */
export type PublishStatus =
  | { kind: 'pending'; seconds: number }
  | { kind: 'updated'; at: number }
  | { kind: 'failed'; reason: string; at: number }
  | { kind: 'unknown' };

const FALLBACK_BUILD_MS = 15_000;

/**
 * The status line for the admin at `now`: seconds until a waiting or running change is public
 * (due time plus the last build's duration), else the last outcome (a failure newer than the
 * last success is reported; the previous site is still served then).
 */
export function publishStatus(state: PublishState, now: number): PublishStatus {
  const buildMs = state.lastSuccess?.durationMs ?? FALLBACK_BUILD_MS;
  const job = state.waiting ?? state.building;
  if (job) {
    const endOfRunning = state.building ? (state.building.startedAt ?? now) + buildMs : 0;
    const end = state.waiting ? Math.max(state.waiting.dueAt, endOfRunning) + buildMs : endOfRunning;
    return { kind: 'pending', seconds: Math.max(1, Math.ceil((end - now) / 1000)) };
  }
  const ok = state.lastSuccess;
  const failed = state.lastFailure;
  if (failed && (!ok || failed.at > ok.at)) return { kind: 'failed', reason: failed.reason, at: failed.at };
  return ok ? { kind: 'updated', at: ok.at } : { kind: 'unknown' };
}
