import type { LearningStatement } from './statements';

/** What a learner may report about: the published practice questions, quizzes and lessons. */
export interface PracticeScope {
  questionIds: ReadonlySet<string>;
  quizIds: ReadonlySet<string>;
  lessonIds: ReadonlySet<string>;
}

/**
 * Why a validated statement is outside practice, or null when it is inside. Exam questions and
 * exam results are never accepted from a client: the exam is graded from the server's own
 * attempt record, and accepting an answer to an exam question would let any response (an XP
 * change, an error, a timing) tell the learner something about its key.
 */
export function outsidePractice(statement: LearningStatement, scope: PracticeScope): string | null {
  const { type, id } = statement.object;
  if (type === 'exam') return 'object: 考试结果只由服务器评定，不接受客户端上报';
  if (type === 'question' && !scope.questionIds.has(id)) return 'object.id: 不是已发布的练习题';
  if (type === 'quiz' && !scope.quizIds.has(id)) return 'object.id: 不是已发布的练习测验';
  if (type === 'lesson' && !scope.lessonIds.has(id)) return 'object.id: 不是已发布的课程';
  return null;
}
