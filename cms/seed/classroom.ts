/**
 * The demo's 课堂测验: one question the demo teacher wrote for 泉城市第一中学 (pool school, citing
 * 宪法 第三十三条) and a quiz set of four practice questions on the constitution plus that one,
 * ready to start from /live/host/ as teacher@pufa.local.
 */
import type { Payload } from 'payload';
import type { DocId } from '../relation';
import { ensureDoc } from './upsert';

export const DEMO_SCHOOL = '泉城市第一中学';
export const DEMO_QUIZ_SET = '宪法知识课堂测验';
const PRACTICE = ['xianfa-jiben-01', 'xianfa-jiben-02', 'xianfa-jiben-03', 'xianfa-jiben-04'];

export async function seedClassroom(payload: Payload, agencyIds: ReadonlyMap<string, DocId>, log: (m: string) => void): Promise<void> {
  const school = agencyIds.get(DEMO_SCHOOL);
  const teacher = (await payload.find({ collection: 'users', where: { email: { equals: 'teacher@pufa.local' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0];
  const law = (await payload.find({ collection: 'laws', where: { title: { equals: '中华人民共和国宪法' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0];
  if (school == null || !teacher) return;
  const own = await ensureDoc(payload, 'questions', { questionId: { equals: 'school-demo-001' } }, {
    questionId: 'school-demo-001', pool: 'school', school, type: 'truefalse', answer: 'true',
    stem: '凡具有中华人民共和国国籍的人都是中华人民共和国公民。',
    explanation: '宪法第三十三条第一款：凡具有中华人民共和国国籍的人都是中华人民共和国公民。',
    ...(law ? { citeLaw: law.id, citeArticle: 33 } : {}),
  });
  const practice = (await payload.find({ collection: 'questions', where: { questionId: { in: PRACTICE } }, pagination: false, depth: 0, overrideAccess: true })).docs;
  const ordered = PRACTICE.map((id) => practice.find((q) => q.questionId === id)?.id).filter((id): id is DocId => id != null);
  await ensureDoc(payload, 'quiz-sets', { title: { equals: DEMO_QUIZ_SET } }, {
    title: DEMO_QUIZ_SET, school, owner: teacher.id, questions: [...ordered, own.id], timeLimitSeconds: 20, scoring: 'speed',
  });
  log(`课堂测验 1 个（${DEMO_QUIZ_SET}，${ordered.length + 1} 题，教师 teacher@pufa.local）`);
}
