/**
 * Questions teachers write for their school (pool `school`): never in the exam, never published
 * with the lessons; used only in the school's quiz sets. A teacher cannot choose the pool or the
 * school: both are pinned on every save. A citation, when given, must name an article of the
 * law's current version (as lessons' <Cite> are checked at build).
 */
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook } from 'payload';
import { randomUUID } from 'node:crypto';
import { toChineseNumeral } from '../../core/law/chinese-numerals';
import { agencyIdOf, hasRole } from '../access/roles';
import { relationId } from '../relation';
import type { Question } from '../payload-types';

/** A fresh question id (`school-…` for a teacher's): the admin form's default for a new question. */
export const newQuestionId = ({ user }: { user?: unknown }): string => `${hasRole(user, 'teacher') ? 'school' : 'q'}-${randomUUID().slice(0, 13)}`;

/** A question created through the API without an id gets one. */
export const schoolQuestionId: CollectionBeforeValidateHook<Question> = ({ data, req, operation }) => {
  if (operation === 'create' && data && !data.questionId) data.questionId = newQuestionId({ user: req.user });
  return data;
};

/** Pins a teacher's question to pool `school` and their school; checks any school question's citation. */
export const schoolQuestionRules: CollectionBeforeChangeHook<Question> = async ({ data, req, originalDoc }) => {
  if (hasRole(req.user, 'teacher')) {
    data.pool = 'school';
    data.school = agencyIdOf(req.user) ?? undefined;
  }
  const pool = data.pool ?? originalDoc?.pool;
  if (pool !== 'school') return data;
  const school = data.school ?? originalDoc?.school;
  if (school == null) throw new APIError('本校题必须属于一所学校（请选择“所属学校”）', 400);
  const law = relationId(data.citeLaw === undefined ? originalDoc?.citeLaw : data.citeLaw);
  const article = data.citeArticle === undefined ? originalDoc?.citeArticle : data.citeArticle;
  if (law == null && article == null) return data;
  if (law == null || article == null) throw new APIError('引用须同时填写“依据法律”和“依据条号”，或都不填', 400);
  const found = await req.payload.find({
    collection: 'law-articles',
    where: { law: { equals: law }, number: { equals: article }, 'version.isCurrent': { equals: true } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  });
  const hit = found.docs[0];
  if (!hit) {
    const title = (await req.payload.findByID({ collection: 'laws', id: law, depth: 0, req, disableErrors: true }))?.title;
    throw new APIError(title ? `《${title}》现行版本中没有第${toChineseNumeral(article)}条，请核对条号` : '所选法律法规不存在', 400);
  }
  // The citation is pinned to the version it was checked against (as the practice bank's are).
  const version = typeof hit.version === 'object' && hit.version ? hit.version.versionDate : undefined;
  if (!data.citeVersion && version) data.citeVersion = String(version).slice(0, 10);
  return data;
};
