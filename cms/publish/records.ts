/**
 * Keeps one `site-builds` record per build in step with the publish loop's state: created when
 * a build is queued, updated when changes join it, when it starts and when it ends. Writes go
 * one at a time and only the latest wish per build is written, so a burst of changes (a law
 * import touches thousands of articles) costs a few writes, not thousands.
 */
import type { BuildOutcome } from '../../core/publish/loop';
import type { PublishEvent, PublishJob, PublishState } from '../../core/publish/scheduler';
import type { BuildStatus } from '../../core/vocabulary/publish';
import type { SiteBuild } from '../payload-types';
import type { DocId } from '../relation';
import { serverPayload } from './registry';

/** Changed records listed per build; the count says how many there were in all. */
export const LISTED_CHANGES = 50;

type BuildData = Omit<SiteBuild, 'id' | 'createdAt' | 'updatedAt'>;

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

function dataOf(job: PublishJob, status: BuildStatus): BuildData {
  return {
    trigger: job.trigger,
    status,
    changes: job.records.slice(0, LISTED_CHANGES).map((r) => ({ collection: r.collection, recordId: String(r.id), title: r.title })),
    changeCount: job.records.length,
    queuedAt: iso(job.queuedAt)!,
    startedAt: iso(job.startedAt),
  };
}

/** Returns the loop's onChange listener that writes the records. */
export function buildRecorder(onError: (error: unknown) => void = (e) => console.error('发布记录写入失败：', e)) {
  const wanted = new Map<number, BuildData>();
  const written = new Map<number, string>();
  const docs = new Map<number, DocId>();
  let flushing: Promise<void> | null = null;
  let again = false;

  async function flush(): Promise<void> {
    const payload = await serverPayload();
    for (const [jobId, data] of [...wanted]) {
      const json = JSON.stringify(data);
      if (written.get(jobId) === json) continue;
      const id = docs.get(jobId);
      if (id === undefined) docs.set(jobId, (await payload.create({ collection: 'site-builds', data })).id);
      else await payload.update({ collection: 'site-builds', id, data });
      written.set(jobId, json);
      if (data.status === 'succeeded' || data.status === 'failed') {
        wanted.delete(jobId);
        written.delete(jobId);
        docs.delete(jobId);
      }
    }
  }

  function kick(): void {
    if (flushing) {
      again = true;
      return;
    }
    flushing = flush()
      .catch(onError)
      .finally(() => {
        flushing = null;
        if (again) {
          again = false;
          kick();
        }
      });
  }

  const listener = (state: PublishState, event: PublishEvent, outcome?: BuildOutcome): void => {
    if (state.waiting) wanted.set(state.waiting.id, dataOf(state.waiting, 'queued'));
    if (state.building) wanted.set(state.building.id, dataOf(state.building, 'building'));
    if (event.type === 'finish' && outcome) {
      const jobId = (event.ok ? state.lastSuccess?.jobId : state.lastFailure?.jobId) ?? -1;
      const started = wanted.get(jobId);
      if (started) {
        const startedAt = started.startedAt ? Date.parse(started.startedAt) : event.at;
        wanted.set(jobId, {
          ...started,
          status: outcome.ok ? 'succeeded' : 'failed',
          finishedAt: iso(event.at),
          durationMs: event.at - startedAt,
          pages: outcome.ok ? outcome.pages : null,
          error: outcome.ok ? null : outcome.reason,
          logTail: outcome.log,
        });
      }
    }
    kick();
  };
  /** Resolves when every wished write is done (tests, shutdown). */
  const settled = async () => {
    while (flushing) await flushing;
  };
  return Object.assign(listener, { settled });
}
