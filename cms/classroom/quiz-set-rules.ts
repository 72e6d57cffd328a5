/**
 * What a quiz set may hold: practice questions (their keys are public anyway) and questions of the
 * set's own school. Exam questions never: a class session shows every question and its answer to
 * the students. Checked on every save, whoever saves (admins too), against the stored bank.
 */
import { APIError, type CollectionBeforeChangeHook, type FilterOptions, type Payload, type Where } from 'payload';
import { agencyIdOf, hasRole } from '../access/roles';
import { type DocId, relationId } from '../relation';

/** The admin's question picker: practice questions and the teacher's school's questions. */
export const usableQuestions: FilterOptions = ({ user, data }) => {
  const school = hasRole(user, 'teacher') ? agencyIdOf(user) : relationId((data as { school?: DocId | { id: DocId } } | undefined)?.school);
  const practice: Where = { pool: { equals: 'practice' } };
  return school == null ? practice : { or: [practice, { and: [{ pool: { equals: 'school' } }, { school: { equals: school } }] }] };
};

/** Ids in `ids` that a quiz set of `school` may not use (missing, exam pool, another school's). */
export async function unusableQuestions(payload: Payload, ids: DocId[], school: DocId | null | undefined): Promise<DocId[]> {
  if (ids.length === 0) return [];
  const found = await payload.find({ collection: 'questions', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, select: { pool: true, school: true } });
  const ok = new Set(
    found.docs
      .filter((q) => q.pool === 'practice' || (q.pool === 'school' && school != null && String(relationId(q.school)) === String(school)))
      .map((q) => String(q.id)),
  );
  return ids.filter((id) => !ok.has(String(id)));
}

/** Pins a teacher's set to their school and themselves; refuses questions the set may not use. */
export const quizSetRules: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  if (hasRole(req.user, 'teacher')) data.school = agencyIdOf(req.user);
  if (operation === 'create' && req.user) data.owner = req.user.id;
  const school = relationId(data.school ?? originalDoc?.school) as DocId | undefined;
  if (school == null) throw new APIError('请选择测验所属学校', 400);
  const ids = ((data.questions ?? originalDoc?.questions ?? []) as (DocId | { id: DocId })[]).map((q) => relationId(q));
  const bad = await unusableQuestions(req.payload, ids, school);
  if (bad.length > 0) throw new APIError(`课堂测验只能使用练习题和本校题，以下题目不能使用：${bad.slice(0, 5).join('、')}`, 400, { questions: bad });
  return data;
};
