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

/**
 * Ids of incoming answers timestamped before an answer to the same question that the server
 * already holds. Such an answer cannot be honest practice from this device's clock order; it is
 * what a modified client sends to place a retake of just-revealed answers on an earlier day,
 * where it would count as that day's first answer. `latestStored` maps question id → the latest
 * stored answer time (ms). Answers within one batch are not compared with each other.
 */
export function backdatedAnswers(incoming: readonly LearningStatement[], latestStored: ReadonlyMap<string, number>): Set<string> {
  const out = new Set<string>();
  for (const s of incoming) {
    if (s.verb !== 'answered') continue;
    const latest = latestStored.get(s.object.id);
    if (latest !== undefined && Date.parse(s.timestamp) < latest) out.add(s.id);
  }
  return out;
}
