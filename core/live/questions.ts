/** Checks the questions a QuizSource hands over before a game starts with them. */
import { TIMER_MAX_SEC, TIMER_MIN_SEC, type LiveQuestion } from './protocol';

/** The first problem (in Chinese, naming the question) or null when every question can be played. */
export function questionsProblem(questions: LiveQuestion[]): string | null {
  if (questions.length === 0) return '该测验没有题目。';
  for (const [i, q] of questions.entries()) {
    const at = `第${i + 1}题`;
    if (q.options.length < 2 || q.options.length > 26) return `${at}的选项应为2–26个。`;
    if (q.correct.length === 0 || q.correct.some((c) => !Number.isInteger(c) || c < 0 || c >= q.options.length)) return `${at}的答案不在选项中。`;
    if (new Set(q.correct).size !== q.correct.length) return `${at}的答案重复。`;
    if (q.kind !== 'multiple' && q.correct.length !== 1) return `${at}只能有一个正确答案。`;
    const t = q.timerSec;
    if (t !== undefined && t !== null && (!Number.isInteger(t) || t < TIMER_MIN_SEC || t > TIMER_MAX_SEC)) return `${at}的限时应为${TIMER_MIN_SEC}–${TIMER_MAX_SEC}秒，或不限时。`;
  }
  return null;
}
