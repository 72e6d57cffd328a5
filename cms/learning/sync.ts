import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload';
import { backdatedAnswers, outsidePractice } from '../../core/learning/statement-scope';
import { DEFAULT_OFFLINE_ALLOWANCE_DAYS, dedupeStatements, type LearningStatement, validateStatements } from '../../core/learning/statements';
import type { SyncReply } from '../../core/learning/replies';
import { practiceScope } from './catalog';
import type { Learner } from '../payload-types';
import { type DocId, relationId } from '../relation';

/** Most statements one sync may carry; a learner's offline week is far below it. */
export const MAX_SYNC_STATEMENTS = 500;

/** What a sync answers, per statement id (the browser reads the same type). */
export type SyncResult = SyncReply;

/**
 * Days a statement may wait offline before it is refused (PUFA_OFFLINE_ALLOWANCE_DAYS, default 14).
 * A bad value stops the server at the first sync rather than silently accepting back-dating.
 */
export function offlineAllowanceDays(): number {
  const raw = process.env.PUFA_OFFLINE_ALLOWANCE_DAYS;
  if (raw === undefined || raw === '') return DEFAULT_OFFLINE_ALLOWANCE_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error(`PUFA_OFFLINE_ALLOWANCE_DAYS 应为 1–365 的整数，现为 ${raw}`);
  return days;
}

/**
 * Stores a batch of statements for one learner. Only practice is accepted: answers to published
 * practice questions, results of practice quizzes, lesson views; anything about an exam or an
 * unknown id is rejected (see outsidePractice), as is a statement older than the offline allowance. Statements recorded before login carry the
 * placeholder learner 'local' and are bound to this learner; any other learner id is refused.
 * Syncing the same statement twice stores it once (unique statement id, also under concurrency).
 */
export async function syncStatements(payload: Payload, learner: Pick<Learner, 'id' | 'unit'>, input: unknown): Promise<SyncResult> {
  const list = (input as { statements?: unknown })?.statements;
  if (!Array.isArray(list)) throw new APIError('请求体须为 { statements: [...] }', 400);
  if (list.length > MAX_SYNC_STATEMENTS) throw new APIError(`一次最多同步 ${MAX_SYNC_STATEMENTS} 条记录`, 413);
  const me = String(learner.id);
  const result: SyncResult = { stored: [], duplicates: [], conflicts: [], rejected: [] };
  const bound = list.map((s, index) => {
    const actor = (s as { actor?: { learnerId?: unknown } })?.actor;
    if (actor && actor.learnerId !== 'local' && String(actor.learnerId) !== me) {
      result.rejected.push({ index, id: (s as { id?: string }).id, errors: ['statement belongs to another learner'] });
      return null;
    }
    return actor ? { ...(s as object), actor: { ...actor, learnerId: me } } : s;
  });
  const indexOf = new Map<unknown, number>(bound.map((s, i) => [s, i]));
  const candidates = bound.filter((s) => s !== null);
  const checked = validateStatements(candidates, new Date(), { offlineAllowanceDays: offlineAllowanceDays() });
  for (const r of checked.rejected) {
    const original = candidates[r.index] as { id?: string };
    result.rejected.push({ index: indexOf.get(original) ?? r.index, id: original?.id, errors: r.errors });
  }
  // Request index by (lower-cased) statement id, for the refusals after validation.
  const indexById = new Map<string, number>();
  bound.forEach((b, i) => {
    const id = (b as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !indexById.has(id.toLowerCase())) indexById.set(id.toLowerCase(), i);
  });
  const refuse = (s: LearningStatement, error: string) => result.rejected.push({ index: indexById.get(s.id) ?? -1, id: s.id, errors: [error] });
  const scope = await practiceScope(payload);
  const valid = checked.valid.filter((s) => {
    const reason = outsidePractice(s, scope);
    if (reason) refuse(s, reason);
    return !reason;
  });
  const existing = await payload.find({
    collection: 'learning-records',
    where: { statementId: { in: valid.map((s) => s.id) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const deduped = dedupeStatements(valid, existing.docs.map((d) => d.statement as LearningStatement));
  result.duplicates.push(...deduped.duplicates);
  result.conflicts.push(...deduped.conflicts.map((c) => c.id));
  const backdated = backdatedAnswers(deduped.accepted, await latestAnswers(payload, learner.id, deduped.accepted));
  const accepted = deduped.accepted.filter((s) => {
    if (backdated.has(s.id)) refuse(s, 'timestamp: 早于本题已同步的作答时间，不予计入');
    return !backdated.has(s.id);
  });
  const rows = accepted.map((s) => ({
    statementId: s.id,
    learner: learner.id,
    unit: relationId(learner.unit),
    verb: s.verb,
    objectType: s.object.type,
    objectId: s.object.id,
    timestamp: s.timestamp,
    statement: s,
  }));
  // One transaction for the batch: statements are validated above, so rows go straight to the
  // adapter. If a concurrent sync stored one of the ids first, the batch rolls back and each row
  // is retried alone, the unique index turning the race into a duplicate.
  if (rows.length && !(await insertBatch(payload, rows))) {
    for (const row of rows) {
      if (await insertBatch(payload, [row])) result.stored.push(row.statementId);
      else result.duplicates.push(row.statementId);
    }
  } else result.stored.push(...rows.map((r) => r.statementId));
  return result;
}

/**
 * Question id → time (ms) of the learner's latest stored answer to it, for the questions in
 * `statements`. Only answers later than the earliest incoming one can make an incoming answer
 * back-dated, so only those are read: for honest syncs (newer than everything stored) none.
 */
async function latestAnswers(payload: Payload, learner: DocId, statements: readonly LearningStatement[]): Promise<Map<string, number>> {
  const answers = statements.filter((s) => s.verb === 'answered');
  const questions = [...new Set(answers.map((s) => s.object.id))];
  const latest = new Map<string, number>();
  if (!questions.length) return latest;
  const earliest = new Date(Math.min(...answers.map((s) => Date.parse(s.timestamp)))).toISOString();
  const docs = await payload.find({
    collection: 'learning-records',
    where: { and: [{ learner: { equals: learner } }, { objectId: { in: questions } }, { timestamp: { greater_than: earliest } }, { verb: { equals: 'answered' } }] },
    select: { objectId: true, timestamp: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  for (const d of docs.docs) {
    const at = Date.parse(d.timestamp);
    const key = d.objectId;
    if (!(at <= (latest.get(key) ?? -Infinity))) latest.set(key, at);
  }
  return latest;
}

async function insertBatch(payload: Payload, rows: Record<string, unknown>[]): Promise<boolean> {
  const req = await createLocalReq({}, payload);
  await initTransaction(req);
  try {
    for (const data of rows) await payload.db.create({ collection: 'learning-records', data, req });
    await commitTransaction(req);
    return true;
  } catch (error) {
    await killTransaction(req);
    const ids = rows.map((r) => String(r.statementId));
    const taken = await payload.count({ collection: 'learning-records', where: { statementId: { in: ids } }, overrideAccess: true });
    if (taken.totalDocs > 0) return false;
    throw error;
  }
}
