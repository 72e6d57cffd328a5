import type { Payload } from 'payload';
import { relationKey } from '../../relation';

/** Ids (as text) of exam questions with an open 待复核 flag: the exam does not draw them. */
export async function flaggedExamQuestions(payload: Payload): Promise<Set<string>> {
  const docs = (
    await payload.find({
      collection: 'citation-reviews',
      where: { and: [{ status: { equals: 'open' } }, { sourceKind: { equals: 'exam' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { question: true },
    })
  ).docs;
  return new Set(docs.map((d) => relationKey(d.question)).filter(Boolean));
}
