import { addDataAndFileToRequest, type PayloadRequest } from 'payload';
import { isLearner } from '../../access/learners';
import type { LearnerDoc } from '../../learning/dashboard';
import { ExamError } from '../../learning/exam';
import { SyncInputError } from '../../learning/sync';

/** Largest JSON body a learner endpoint reads (a full 500-statement sync is ~200 KB). */
export const MAX_BODY_BYTES = 512 * 1024;

export const json = (body: unknown, status = 200) => Response.json(body, { status });

/** The logged-in learner, or null (staff and anonymous are not learners). */
export function learnerOf(req: PayloadRequest): LearnerDoc | null {
  return isLearner(req.user) ? (req.user as unknown as LearnerDoc) : null;
}

/** Parses the JSON body after checking its declared size. */
export async function bodyOf(req: PayloadRequest): Promise<unknown> {
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new SyncInputError(`请求过大（上限 ${MAX_BODY_BYTES / 1024} KB）`, 413);
  await addDataAndFileToRequest(req);
  return req.data;
}

/** Wraps a learner endpoint: 401 without a learner, known errors as JSON 4xx with details. */
export const learnerEndpoint =
  (handler: (req: PayloadRequest, learner: LearnerDoc) => Promise<Response>) => async (req: PayloadRequest) => {
    const learner = learnerOf(req);
    if (!learner) return json({ message: '请先以学员身份登录' }, 401);
    try {
      return await handler(req, learner);
    } catch (error) {
      if (error instanceof ExamError) return json({ message: error.message, reasons: error.details, errors: error.details }, error.status);
      if (error instanceof SyncInputError) return json({ message: error.message }, error.status);
      throw error;
    }
  };
