import type { Payload } from 'payload';
import { applyStatements } from '../../core/learning/gamification';
import { emptyLearnerState, type LearnerState } from '../../core/learning/state';
import type { LearningStatement } from '../../core/learning/statements';
import { answerKeys, lessonCatalog } from './catalog';

export type Id = number | string;

/** All of a learner's stored statements, oldest first. */
export async function statementsOf(payload: Payload, learner: Id): Promise<LearningStatement[]> {
  const docs = await payload.find({
    collection: 'learning-records',
    where: { learner: { equals: learner } },
    pagination: false,
    depth: 0,
    sort: 'timestamp',
    overrideAccess: true,
  });
  return docs.docs.map((d) => d.statement as LearningStatement);
}

/** The learner's game state, recomputed from their records (idempotent by design). */
export async function learnerState(payload: Payload, learner: { id: Id; timeZone?: string | null }): Promise<{ state: LearnerState; statements: LearningStatement[] }> {
  const statements = await statementsOf(payload, learner.id);
  const { lessons, tracks } = await lessonCatalog();
  const { state } = applyStatements(emptyLearnerState(String(learner.id)), statements, {
    timeZone: learner.timeZone || 'Asia/Shanghai',
    lessonCatalog: lessons,
    tracks,
    answerKeys: await answerKeys(payload),
  });
  return { state, statements };
}
