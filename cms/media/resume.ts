/**
 * Processing runs in the server's memory (process.ts), so a restart in the middle leaves items
 * marked 处理中 for ever. At start the server takes them up again: each stored file is probed
 * anew and queued; a file that is gone marks its item 失败 with a note saying to upload again.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { probeUpload } from './probe';
import { PROCESSED, processLater } from './process';
import { MEDIA_DIR } from './storage';

/** Queues every item left 处理中; returns how many were queued and how many failed. */
export async function resumeMediaProcessing(payload: Payload): Promise<{ queued: number; failed: number }> {
  const stuck = await payload.find({
    collection: 'media',
    where: { processingStatus: { equals: 'processing' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { filename: true, mimeType: true, processingNote: true },
  });
  let queued = 0;
  let failed = 0;
  for (const doc of stuck.docs) {
    const source = doc.filename ? path.join(MEDIA_DIR, doc.filename) : '';
    const probed = source && existsSync(source) ? await probeUpload({ tempFilePath: source, name: doc.filename!, mimetype: doc.mimeType ?? '' }) : null;
    if (probed?.ok) {
      processLater(payload, doc.id, doc.filename!, probed.media, doc.processingNote ?? '');
      queued += 1;
      continue;
    }
    const why = probed ? probed.error : '原文件已不在服务器上';
    await payload.update({
      collection: 'media',
      id: doc.id,
      data: { processingStatus: 'failed', processingNote: `服务器重启后无法继续处理：${why}，请重新上传文件`, renditions: {} },
      depth: 0,
      overrideAccess: true,
      context: { [PROCESSED]: true },
    });
    failed += 1;
  }
  if (queued + failed) payload.logger.info(`重启前未处理完的普法作品：继续处理 ${queued} 个，无法处理 ${failed} 个`);
  return { queued, failed };
}
