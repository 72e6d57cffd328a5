/** A quiz set's questions in the class-session shape, read on the server only (keys included). */
import type { Payload } from 'payload';
import { toClassQuestion } from '../../core/classroom/questions';
import type { ClassQuestion, ScoringMode } from '../../core/classroom/types';
import { isDocumentId } from '../security/api-input';
import { type DocId, relationId } from '../relation';
import type { Question, QuizSet } from '../payload-types';

export interface LoadedQuizSet {
  id: DocId;
  title: string;
  school: DocId;
  timeLimitSeconds: number;
  scoring: ScoringMode;
  questions: ClassQuestion[];
}

/**
 * The set with its questions in order. Questions a set may not hold (exam pool, another school's;
 * the save hook refuses them, this is the second line) and deleted ones are left out.
 */
export async function loadQuizSet(payload: Payload, id: unknown): Promise<LoadedQuizSet | null> {
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  if (!isDocumentId(String(id), payload.db.defaultIDType)) return null;
  const set = (await payload.findByID({ collection: 'quiz-sets', id: id as DocId, depth: 0, overrideAccess: true, disableErrors: true })) as QuizSet | null;
  if (!set) return null;
  const school = relationId(set.school);
  if (school == null) return null;
  const ids = (set.questions ?? []).map((q) => relationId(q));
  const docs = (await payload.find({ collection: 'questions', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true })).docs as Question[];
  const byId = new Map(docs.map((d) => [String(d.id), d]));
  const usable = (q: Question) => q.pool === 'practice' || (q.pool === 'school' && String(relationId(q.school)) === String(school));
  const questions = ids.map((i) => byId.get(String(i))).filter((q): q is Question => !!q && usable(q)).map((q) => toClassQuestion(q));
  return { id: set.id, title: set.title, school, timeLimitSeconds: set.timeLimitSeconds ?? 20, scoring: set.scoring ?? 'speed', questions };
}
