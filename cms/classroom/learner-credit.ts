/**
 * A logged-in learner's class result also lands in their own learning records: one `completed`
 * statement about the session (score as raw/max), which earns no XP or study hours (only
 * server-graded practice answers do) but shows in their records and xAPI export.
 */
import { randomUUID } from 'node:crypto';
import type { Payload } from 'payload';
import type { LearningStatement } from '../../core/learning/statements';
import { relationId } from '../relation';

export async function creditLearner(payload: Payload, input: { learnerId: string; sessionId: string | number; title: string; correct: number; asked: number; at: Date }): Promise<void> {
  const learner = await payload.findByID({ collection: 'learners', id: input.learnerId, depth: 0, overrideAccess: true, disableErrors: true });
  if (!learner) return;
  const objectId = `class-session:${input.sessionId}`;
  const existing = await payload.count({ collection: 'learning-records', where: { and: [{ learner: { equals: learner.id } }, { objectId: { equals: objectId } }] }, overrideAccess: true });
  if (existing.totalDocs > 0) return;
  const statement: LearningStatement = {
    id: randomUUID(),
    actor: { learnerId: String(learner.id), name: learner.displayName },
    verb: 'completed',
    object: { id: objectId, type: 'quiz', name: `课堂测验：${input.title}`.slice(0, 200) },
    result: { score: { raw: input.correct, max: input.asked, scaled: input.asked ? input.correct / input.asked : 0 } },
    timestamp: input.at.toISOString(),
  };
  await payload.create({
    collection: 'learning-records',
    data: { statementId: statement.id, learner: learner.id, unit: relationId(learner.unit) ?? null, verb: statement.verb, objectType: 'quiz', objectId, timestamp: statement.timestamp, statement },
    overrideAccess: true,
  });
}
