import type { DataFromCollectionSlug, Payload, Where } from 'payload';
import { applyStatements } from '../../core/learning/gamification';
import { emptyLearnerState, type LearnerState } from '../../core/learning/state';
import type { LearningStatement } from '../../core/learning/statements';
import { toMs } from '../../core/learning/time';
import { type DocId, relationKey } from '../relation';
import { lessonCatalog, practiceKeys } from './catalog';

/**
 * The statements of stored records, leaving out a record that holds none: sync stores only
 * validated statements, but an admin can write a record by hand, and one such record must not
 * stop a dashboard, a leaderboard or a report. Every reader of stored records goes through here.
 */
export const storedStatements = (records: readonly { statement?: unknown }[]): LearningStatement[] =>
  records
    .map((r) => r.statement as Partial<LearningStatement> | null | undefined)
    .filter((s): s is LearningStatement => !!s && typeof s.object?.id === 'string' && Number.isFinite(toMs(s.timestamp as string)));

/** All of a learner's stored statements, oldest first. */
export async function statementsOf(payload: Payload, learner: DocId): Promise<LearningStatement[]> {
  const docs = await payload.find({
    collection: 'learning-records',
    where: { learner: { equals: learner } },
    pagination: false,
    depth: 0,
    sort: 'timestamp',
    overrideAccess: true,
  });
  return storedStatements(docs.docs);
}

/** The learner's game state, recomputed from their records (idempotent by design). */
export async function learnerState(payload: Payload, learner: { id: DocId; timeZone?: string | null }): Promise<{ state: LearnerState; statements: LearningStatement[] }> {
  const statements = await statementsOf(payload, learner.id);
  return { state: await learnerStateFrom(payload, learner, statements), statements };
}

/** The game state from statements already read, with the dashboard's rules (server keys, catalog). */
export async function learnerStateFrom(payload: Payload, learner: { id: DocId; timeZone?: string | null }, statements: readonly LearningStatement[]): Promise<LearnerState> {
  const { lessons, tracks } = await lessonCatalog();
  return applyStatements(emptyLearnerState(String(learner.id)), statements, {
    timeZone: learner.timeZone || 'Asia/Shanghai',
    lessonCatalog: lessons,
    tracks,
    answerKeys: await practiceKeys(payload),
  }).state;
}

/** Learner ids per `in` query: well under SQLite's bound-variable limit. */
const IDS_PER_QUERY = 500;

/** The learner-owned collections (each has a `learner` relationship). */
type LearnerOwned = 'learning-records' | 'exam-attempts' | 'certificates';

/** Documents of `collection` whose `learner` is one of `ids`, grouped by learner id, in `sort` order. */
export async function docsByLearner<S extends LearnerOwned>(payload: Payload, collection: S, ids: DocId[], where?: Where, sort?: string) {
  const out = new Map<string, DataFromCollectionSlug<S>[]>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk: Where = { learner: { in: ids.slice(i, i + IDS_PER_QUERY) } };
    const docs: DataFromCollectionSlug<S>[] = (await payload.find({ collection, where: where ? { and: [chunk, where] } : chunk, sort, pagination: false, depth: 0, overrideAccess: true })).docs;
    for (const d of docs) {
      const key = relationKey(d.learner);
      const list = out.get(key);
      if (list) list.push(d);
      else out.set(key, [d]);
    }
  }
  return out;
}
