import { APIError, type Payload } from 'payload';
import { agencyIdOf, hasRole } from '../access/roles';
import type { User } from '../payload-types';
import { type LoadedQuizSet, loadQuizSet } from './quiz-set';

/** The quiz set this staff user may run (a teacher of its school, or an admin), or a Chinese refusal. */
export async function hostableSet(payload: Payload, user: unknown, quizSet: unknown): Promise<LoadedQuizSet> {
  if (!hasRole(user, 'admin', 'teacher')) throw new APIError('只有教师或管理员可以开始课堂测验', 403);
  const set = await loadQuizSet(payload, quizSet);
  if (!set) throw new APIError('课堂测验不存在', 404);
  if (hasRole(user, 'teacher') && String(agencyIdOf(user as User)) !== String(set.school)) throw new APIError('只能使用本校的课堂测验', 403);
  if (set.questions.length === 0) throw new APIError('这个课堂测验还没有可用的题目', 400);
  return set;
}
