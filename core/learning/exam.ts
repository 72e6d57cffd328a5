// The annual exam: assembly (exam-draw), server-side grading (exam-grade), attempt policy (exam-policy), start screen (exam-start).
export { drawExam, toClientExam, describeRule, type BankQuestion, type ExamRule, type ExamQuestion, type DrawnExam, type ClientExam } from './exam-draw';
export { gradeExam, validateResponses, type ExamResult } from './exam-grade';
export {
  DEFAULT_EXAM_POLICY,
  examPolicy,
  validateExamPolicy,
  minutesAllowed,
  attemptDeadline,
  isSubmissionInTime,
  canStartAttempt,
  bestAttempt,
  lastGradedAttempt,
  countingAttempt,
  examOutcome,
  type Accommodation,
  type CountingAttempt,
  type ExamPolicy,
  type ExamAttempt,
  type ExamOutcome,
} from './exam-policy';
export { examStartFacts, START_REFUSALS, type ExamStartFacts } from './exam-start';
