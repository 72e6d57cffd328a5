import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BuildOutcome, PublishLoop } from '../../../core/publish/loop';
import {
  type ChangedRecord,
  initialPublishState,
  nextStartAt,
  publishStatus,
  publishStep,
} from '../../../core/publish/scheduler';

const T0 = Date.parse('2026-11-30T02:00:00Z');
const rec = (id: number, title = `清单${id}`): ChangedRecord => ({ collection: 'responsibility-lists', id, title });
const timing = { quietMs: 3_000, maxWaitMs: 30_000 };

describe('publishStep', () => {
  it('debounces: each change pushes the due time to the end of the quiet period', () => {
    let s = publishStep(initialPublishState(), { type: 'change', at: T0, records: [rec(1)] }, timing);
    s = publishStep(s, { type: 'change', at: T0 + 2_000, records: [rec(2)] }, timing);
    expect(nextStartAt(s)).toBe(T0 + 5_000);
    expect(publishStep(s, { type: 'start', at: T0 + 4_999 }, timing)).toBe(s);
    expect(s.waiting?.records.map((r) => r.id)).toEqual([1, 2]);
  });

  it('never waits longer than maxWait while changes keep coming', () => {
    let s = initialPublishState();
    for (let t = 0; t <= 40_000; t += 1_000) s = publishStep(s, { type: 'change', at: T0 + t, records: [rec(1)] }, timing);
    expect(nextStartAt(s)).toBe(T0 + 30_000);
    expect(s.waiting?.records).toHaveLength(1);
  });

  it('runs one build at a time and coalesces changes during a build into exactly one next job', () => {
    let s = publishStep(initialPublishState(), { type: 'change', at: T0, records: [rec(1)] }, timing);
    s = publishStep(s, { type: 'start', at: T0 + 3_000 }, timing);
    expect(s.building?.id).toBe(1);
    for (const id of [2, 3, 2]) s = publishStep(s, { type: 'change', at: T0 + 4_000, records: [rec(id, `新${id}`)] }, timing);
    expect(nextStartAt(s)).toBeNull();
    expect(publishStep(s, { type: 'start', at: T0 + 60_000 }, timing).building?.id).toBe(1);
    expect(s.waiting?.id).toBe(2);
    expect(s.waiting?.records).toEqual([rec(2, '新2'), rec(3, '新3')]);
    s = publishStep(s, { type: 'finish', at: T0 + 10_000, ok: true }, timing);
    expect(s.lastSuccess).toEqual({ at: T0 + 10_000, durationMs: 7_000, jobId: 1 });
    expect(nextStartAt(s)).toBe(T0 + 7_000);
  });

  it('a manual request joins the waiting job, makes it due at once and names it manual', () => {
    let s = publishStep(initialPublishState(), { type: 'change', at: T0, records: [rec(1)] }, timing);
    s = publishStep(s, { type: 'request', at: T0 + 500, trigger: 'manual' }, timing);
    expect(s.waiting).toMatchObject({ id: 1, trigger: 'manual', dueAt: T0 + 500 });
    expect(s.waiting?.records).toEqual([rec(1)]);
  });

  it('a failure is reported until a later success', () => {
    let s = publishStep(initialPublishState(), { type: 'request', at: T0, trigger: 'startup' }, timing);
    s = publishStep(s, { type: 'start', at: T0 }, timing);
    s = publishStep(s, { type: 'finish', at: T0 + 8_000, ok: true }, timing);
    expect(publishStatus(s, T0 + 9_000)).toEqual({ kind: 'updated', at: T0 + 8_000 });
    s = publishStep(s, { type: 'change', at: T0 + 10_000, records: [rec(1)] }, timing);
    expect(publishStatus(s, T0 + 10_000)).toEqual({ kind: 'pending', seconds: 11 });
    s = publishStep(s, { type: 'start', at: T0 + 13_000 }, timing);
    expect(publishStatus(s, T0 + 14_000)).toEqual({ kind: 'pending', seconds: 7 });
    s = publishStep(s, { type: 'finish', at: T0 + 15_000, ok: false, reason: '引用的条文不存在' }, timing);
    expect(publishStatus(s, T0 + 16_000)).toEqual({ kind: 'failed', reason: '引用的条文不存在', at: T0 + 15_000 });
    expect(s.lastSuccess?.at).toBe(T0 + 8_000);
  });
});

describe('PublishLoop on a fake clock', () => {
  beforeEach(() => vi.useFakeTimers({ now: T0 }));
  afterEach(() => vi.useRealTimers());

  /** A build that takes `ms` and records which jobs it saw, concurrently or not. */
  function slowBuilds(ms: number, fail: (n: number) => string | null = () => null) {
    const seen: { id: number; records: ChangedRecord[] }[] = [];
    let active = 0;
    let maxActive = 0;
    const build = async (job: { id: number; records: ChangedRecord[] }): Promise<BuildOutcome> => {
      seen.push({ id: job.id, records: job.records });
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, ms));
      active--;
      const reason = fail(seen.length);
      return reason ? { ok: false, reason, log: reason } : { ok: true, pages: 10, log: '' };
    };
    return { seen, build, maxActive: () => maxActive };
  }

  it('a burst of changes during a build gives exactly one more build, never two at once', async () => {
    const b = slowBuilds(10_000);
    const loop = new PublishLoop({ build: b.build, timing });
    loop.change([rec(1)]);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(b.seen).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(b.seen).toHaveLength(1);
    for (let i = 2; i <= 6; i++) {
      loop.change([rec(i)]);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(b.seen.map((s) => s.id)).toEqual([1, 2]);
    expect(b.seen[1]!.records.map((r) => r.id)).toEqual([2, 3, 4, 5, 6]);
    expect(b.maxActive()).toBe(1);
    expect(loop.current.lastSuccess?.jobId).toBe(2);
  });

  it('a failed build is recorded with its reason and the next change builds again', async () => {
    const b = slowBuilds(1_000, (n) => (n === 1 ? '构建失败：引用不存在' : null));
    const states: string[] = [];
    const loop = new PublishLoop({ build: b.build, timing, onChange: (s) => states.push(publishStatus(s, Date.now()).kind) });
    loop.change([rec(1)]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(loop.current.lastFailure?.reason).toBe('构建失败：引用不存在');
    expect(states.at(-1)).toBe('failed');
    loop.change([rec(1)]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(states.at(-1)).toBe('updated');
  });

  it('a build that throws counts as failed instead of stopping the loop', async () => {
    const loop = new PublishLoop({ build: () => Promise.reject(new Error('astro 崩溃')), timing });
    loop.request('manual');
    await vi.advanceTimersByTimeAsync(1);
    expect(loop.current.lastFailure?.reason).toBe('astro 崩溃');
    expect(loop.current.building).toBeNull();
  });

  it('requests the daily build only after the civil day (Asia/Shanghai) changed since the last build', async () => {
    const b = slowBuilds(1_000);
    // 2026-11-30 10:00 in Shanghai
    const loop = new PublishLoop({ build: b.build, timing, builtAt: T0 });
    loop.checkDaily();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(b.seen).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(13 * 3_600_000); // 23:00 Shanghai, same day
    loop.checkDaily();
    expect(loop.current.waiting).toBeNull();
    await vi.advanceTimersByTimeAsync(3_600_000); // past midnight in Shanghai
    loop.checkDaily();
    expect(loop.current.waiting?.trigger).toBe('daily');
    await vi.advanceTimersByTimeAsync(2_000);
    loop.checkDaily();
    expect(b.seen).toHaveLength(1);
    expect(loop.current.waiting).toBeNull();
  });
});
