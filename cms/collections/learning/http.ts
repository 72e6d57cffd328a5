import { APIError, type PayloadRequest } from 'payload';
import { isLearner } from '../../access/learners';
import { readJsonBody } from '../../request-body';
import type { Learner } from '../../payload-types';

/** Largest JSON body a learner endpoint reads (a full 500-statement sync is ~200 KB). */
export const MAX_BODY_BYTES = 512 * 1024;

/** A JSON reply (errors are thrown as APIError, which Payload answers as `{errors:[{message, data}]}`). */
export const json = (body: unknown, status = 200) => Response.json(body, { status });

/** The logged-in learner, or null (staff and anonymous are not learners). */
export function learnerOf(req: PayloadRequest): Learner | null {
  return isLearner(req.user) ? req.user : null;
}

/**
 * Parses the JSON body, counting bytes as they arrive: past MAX_BODY_BYTES the upload is cut
 * off with 413, whether or not it declared a Content-Length (a chunked body declares none).
 */
export async function bodyOf(req: PayloadRequest): Promise<unknown> {
  const data = await readJsonBody(req as { headers: Headers; body?: ReadableStream<Uint8Array> | null }, MAX_BODY_BYTES);
  req.data = data as PayloadRequest['data'];
  return data;
}

/** Wraps a learner endpoint: 401 without a learner; the handler's APIErrors reach Payload as they are. */
export const learnerEndpoint =
  (handler: (req: PayloadRequest, learner: Learner) => Promise<Response>) => async (req: PayloadRequest) => {
    const learner = learnerOf(req);
    if (!learner) throw new APIError('请先以学员身份登录', 401);
    return handler(req, learner);
  };
