/**
 * Runs the renditions of saved media items (renditions.ts) one at a time in this process — the
 * server has few cores — and records the outcome on the item (处理状态 完成/失败). The admin's save
 * returns at once: processing runs after it. Seeds and tests pass `context.awaitMediaProcessing`
 * to have the renditions made inside the save (hooks/probe-upload.ts) instead.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import type { ProbedMedia } from '../../core/media/probe-check';
import type { StoredRenditions } from '../../core/media/types';
import { makeRenditions } from './renditions';
import { MEDIA_DIR, renditionsDir } from './storage';

/** `req.context` key: the probe of a file saved in this request, for the afterChange hook. */
export const PROBED = 'mediaProbed';
/** `req.context` key: the processing's own update (not a user's edit). */
export const PROCESSED = 'mediaProcessed';
/** `req.context` key: make the renditions inside the save instead of after it. */
export const AWAIT_PROCESSING = 'awaitMediaProcessing';

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;

/** Resolves when no processing is queued or running (tests, the seed). */
export const mediaProcessingIdle = async (): Promise<void> => {
  while (pending > 0) await queue.catch(() => undefined);
};

/** The outcome of processing, as the item's fields. */
export interface ProcessedFields {
  processingStatus: 'done' | 'failed';
  processingNote: string;
  renditions: StoredRenditions;
}

/** Makes the renditions of `source` for the upload stored as `filename`; never throws. */
export async function renditionFields(source: string, filename: string, probed: ProbedMedia, log: Payload['logger']): Promise<ProcessedFields> {
  const dir = renditionsDir(filename);
  try {
    await rm(dir, { recursive: true, force: true });
    const renditions = await makeRenditions(source, dir, probed);
    return { processingStatus: 'done', processingNote: `处理完成，用时 ${renditions.seconds} 秒`, renditions };
  } catch (error) {
    log.error({ err: error, msg: `media ${filename}: processing failed` });
    return { processingStatus: 'failed', processingNote: `处理失败：${(error as Error).message.slice(0, 300)}`, renditions: {} };
  }
}

async function run(payload: Payload, id: number | string, filename: string, probed: ProbedMedia, note: string): Promise<void> {
  const made = await renditionFields(path.join(MEDIA_DIR, filename), filename, probed, payload.logger);
  // The probe's note (a typed duration that was wrong) stays beside the processing's.
  const data = { ...made, processingNote: [note, made.processingNote].filter(Boolean).join('；') };
  // The creating transaction may commit a moment after its afterChange hook: try again briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      const current = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true });
      // A newer upload replaced this file meanwhile: its own job records its renditions.
      if (current && current.filename !== filename) return;
      if (!current) throw new Error('not visible yet');
      await payload.update({ collection: 'media', id, data, depth: 0, overrideAccess: true, context: { [PROCESSED]: true } });
      return;
    } catch (error) {
      if (attempt >= 40) {
        payload.logger.error({ err: error, msg: `media ${id}: could not record processing` });
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Queues the processing of one saved item (its file already in MEDIA_DIR). */
export function processLater(payload: Payload, id: number | string, filename: string, probed: ProbedMedia, note = ''): void {
  pending += 1;
  queue = queue.then(() => run(payload, id, filename, probed, note)).finally(() => (pending -= 1));
}

/** Removes the renditions of a stored upload (after delete or replacement). */
export const removeRenditions = (filename: string) => rm(renditionsDir(filename), { recursive: true, force: true });
