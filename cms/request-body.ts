/**
 * Request bodies read with a byte budget enforced while streaming. `Content-Length` alone is
 * not a limit: a chunked request has none, so every custom endpoint reads its body here and
 * stops (413) as soon as the bytes received pass the bound, without buffering the rest.
 */
import { APIError } from 'payload';

/** The parts of a request this module reads (a PayloadRequest or a plain Request). */
interface BodyRequest {
  headers: Headers;
  body?: ReadableStream<Uint8Array> | null;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);

/** The 413 every bounded reader throws (Payload answers it as `{errors:[{message}]}`). */
export const bodyTooLarge = (maxBytes: number) => new APIError(`请求内容过大（上限 ${sizeText(maxBytes)}）`, 413);

/**
 * Reads the whole body, at most `maxBytes`. A declared `Content-Length` over the bound is
 * refused before reading; otherwise bytes are counted as they arrive and the stream is
 * cancelled the moment the count passes the bound. An absent body gives an empty buffer.
 */
export async function readBodyBytes(req: BodyRequest, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw bodyTooLarge(maxBytes);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the upload here: the rest is never read into memory.
      await reader.cancel().catch(() => {});
      throw bodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a JSON body of at most `maxBytes`; an empty body is `undefined`, invalid JSON a 400.
 * The body must be sent as `application/json`: a cross-site HTML form cannot send that type,
 * so a form posting text/plain or multipart "JSON" is refused (415), not parsed.
 */
export async function readJsonBody(req: BodyRequest, maxBytes: number): Promise<unknown> {
  const bytes = await readBodyBytes(req, maxBytes);
  if (bytes.length === 0) return undefined;
  const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new APIError('请求内容须为 JSON（Content-Type: application/json）', 415);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    // Includes JSON nested too deeply for the parser (a RangeError), which would otherwise be a 500.
    throw new APIError('请求内容不是有效的 JSON', 400);
  }
}

/** Reads a multipart or urlencoded form of at most `maxBytes` (files included). */
export async function readFormBody(req: BodyRequest, maxBytes: number): Promise<FormData> {
  const bytes = await readBodyBytes(req, maxBytes);
  const type = req.headers.get('content-type') ?? '';
  try {
    return await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new APIError('请求内容不是有效的表单（multipart/form-data）', 400);
  }
}
