// The annual exam: assembly (exam-draw), server-side grading (exam-grade), attempt policy (exam-policy).
export { drawExam, toClientExam, describeRule, type BankQuestion, type ExamRule, type ExamQuestion, type DrawnExam, type ClientExam } from './exam-draw';
export { gradeExam, validateResponses, type ExamResult } from './exam-grade';
export {
  DEFAULT_EXAM_POLICY,
  examPolicy,
  validateExamPolicy,
  attemptDeadline,
  extendAttempt,
  isSubmissionInTime,
  canStartAttempt,
  bestAttempt,
  examOutcome,
  type ExamPolicy,
  type ExamAttempt,
  type ExamOutcome,
} from './exam-policy';
