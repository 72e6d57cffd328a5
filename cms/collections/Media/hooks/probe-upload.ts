import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APIError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook } from 'payload';
import { durationMismatch, type ProbedMedia } from '../../../../core/media/probe-check';
import type { Media } from '../../../payload-types';
import { probeUpload } from '../../../media/probe';
import { AWAIT_PROCESSING, PROBED, PROCESSED, renditionFields } from '../../../media/process';

/** Fields only the server writes (the probe and the processing); never taken from a request. */
const SYSTEM_FIELDS = ['kind', 'durationSeconds', 'processingStatus', 'processingNote', 'renditions', 'demo'] as const;
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif', '.svg'];
/** `req.context` key: what the probe found for this request's file. */
const UPLOAD = 'mediaUpload';

type Found = { image: true } | { image: false; media: ProbedMedia };

/**
 * Before Payload looks at the file (its own type check answers in English): an audio or video
 * upload is probed with ffprobe and refused in Chinese when it is not what its name and MIME
 * type say — a renamed image, a text file, an audio file sent as video.
 */
export const probeBeforeOperation: CollectionBeforeOperationHook = async ({ args, operation, req, context }) => {
  if ((operation !== 'create' && operation !== 'update') || context[PROCESSED] || !req.file) return args;
  const file = req.file;
  if (file.mimetype.startsWith('image/') && IMAGE_EXTENSIONS.includes(path.extname(file.name).toLowerCase())) {
    context[UPLOAD] = { image: true } satisfies Found;
    return args;
  }
  const probed = await probeUpload(file);
  if (!probed.ok) throw new APIError(probed.error, 400, { field: 'file' }, true);
  context[UPLOAD] = { image: false, media: probed.media } satisfies Found;
  return args;
};

/**
 * The probe's findings become the item's kind and real duration (a typed duration is replaced,
 * with a note). Processing then runs after the save, or here when the caller asks to wait
 * (`context.awaitMediaProcessing`: seeds, tests).
 */
export const applyProbe: CollectionBeforeValidateHook<Media> = async ({ data = {}, req, context }) => {
  if (context[PROCESSED]) return data;
  const typed = data.durationSeconds;
  const out: Partial<Media> = { ...data };
  if (!context.seeding) for (const f of SYSTEM_FIELDS) delete out[f];
  const found = context[UPLOAD] as Found | undefined;
  delete context[UPLOAD];
  if (!found || !req.file) return out;
  if (found.image) return { ...out, kind: 'image', durationSeconds: null, processingStatus: 'done', processingNote: '', renditions: {} };
  const mismatch = durationMismatch(typeof typed === 'number' ? typed : null, found.media.durationSeconds) ?? '';
  const fields: Partial<Media> = { kind: found.media.kind, durationSeconds: found.media.durationSeconds, processingStatus: 'processing', processingNote: mismatch, renditions: {} };
  if (context[AWAIT_PROCESSING] && data.filename) {
    const dir = await mkdtemp(path.join(tmpdir(), 'pufa-media-'));
    try {
      const source = path.join(dir, `source${path.extname(req.file.name).replace(/[^.\w]/g, '')}`);
      await writeFile(source, req.file.data);
      const made = await renditionFields(source, data.filename, found.media, req.payload.logger);
      Object.assign(fields, made, { processingNote: [mismatch, made.processingNote].filter(Boolean).join('；') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } else {
    context[PROBED] = { media: found.media, note: mismatch };
  }
  return { ...out, ...fields };
};
