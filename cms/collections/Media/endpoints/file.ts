import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { APIError, type Endpoint } from 'payload';
import { answerRange } from '../../../../core/media/range';
import type { StoredRenditions } from '../../../../core/media/types';
import type { Media } from '../../../payload-types';
import { MEDIA_DIR, renditionsDir } from '../../../media/storage';

const MIME_BY_EXT: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4', '.m4v': 'video/mp4', '.mov': 'video/quicktime', '.webm': 'video/webm', '.mkv': 'video/x-matroska', '.ogv': 'video/ogg',
  '.m4a': 'audio/mp4', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.oga': 'audio/ogg', '.opus': 'audio/ogg', '.wav': 'audio/wav', '.flac': 'audio/flac', '.aac': 'audio/aac',
  '.webp': 'image/webp', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
};

/** The file `name` names for the item: the original upload, a rendition, or null when there is none. */
function fileOf(doc: Media, name: string): { file: string; mime: string } | null {
  if (!doc.filename) return null;
  if (name === 'original') return { file: path.join(MEDIA_DIR, path.basename(doc.filename)), mime: doc.mimeType ?? MIME_BY_EXT[path.extname(doc.filename).toLowerCase()] ?? 'application/octet-stream' };
  const r = (doc.renditions ?? {}) as StoredRenditions;
  const made = [r.audio, r.mobile, ...(r.poster?.sizes ?? [])].find((f) => f?.filename === name);
  return made ? { file: path.join(renditionsDir(doc.filename), made.filename), mime: made.mime } : null;
}

/**
 * GET /api/media/:id/files/:name — an item's files (original, audio.m4a, mobile.mp4,
 * poster-<w>.webp, captions.vtt) with HTTP range requests: 206 with exactly the bytes asked
 * for, 416 for a range outside the file. Read with the caller's access, so a draft's files
 * reach only its agency's editors and the reviewers, never a stranger (404, as if absent).
 */
export const mediaFileEndpoint: Endpoint = {
  path: '/:id/files/:name',
  method: 'get',
  handler: async (req) => {
    const { id, name } = (req.routeParams ?? {}) as { id?: string; name?: string };
    const doc = id ? await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true }).catch(() => null) : null;
    if (!doc || !name) throw new APIError('作品不存在或尚未发布', 404);
    const cache = doc.status === 'published' ? 'public, max-age=300' : 'private, no-store';
    if (name === 'captions.vtt') {
      if (!doc.transcript) throw new APIError('该作品没有字幕', 404);
      return new Response(doc.transcript, { headers: { 'Content-Type': 'text/vtt; charset=utf-8', 'Cache-Control': cache } });
    }
    const found = fileOf(doc, name);
    const info = found && (await stat(found.file).catch(() => null));
    if (!found || !info?.isFile()) throw new APIError('文件不存在', 404);
    const size = info.size;
    const headers: Record<string, string> = {
      'Accept-Ranges': 'bytes',
      'Content-Type': found.mime,
      'Cache-Control': cache,
      ETag: `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
      'Last-Modified': info.mtime.toUTCString(),
    };
    const range = answerRange(req.headers.get('range'), size);
    if (range.kind === 'unsatisfiable') {
      return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
    }
    const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
    const body = size === 0 ? null : (Readable.toWeb(createReadStream(found.file, { start, end })) as ReadableStream);
    headers['Content-Length'] = String(size === 0 ? 0 : end - start + 1);
    if (range.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    return new Response(body, { status: range.kind === 'partial' ? 206 : 200, headers });
  },
};
