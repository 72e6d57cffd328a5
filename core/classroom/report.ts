/**
 * The report of a class session from its stored answers (per question: how many chose each
 * option, right answers, mean time; per student: score, accuracy, answers), the same shape the
 * live game reports (core/live/protocol). Built from the CMS's rows, so it is there whether or
 * not the teacher's tab stayed open.
 */
import type { QuestionReport, StudentReport } from '../live/protocol';
import type { ClassAnswer, ClassQuestion } from './types';

export interface ClassReport {
  questions: QuestionReport[];
  students: StudentReport[];
  /** Questions asked (not skipped, reached). */
  asked: number;
  /** Mean accuracy over students, 0–1 (null without students). */
  meanAccuracy: number | null;
}

export interface ReportInput {
  questions: readonly ClassQuestion[];
  answers: readonly (ClassAnswer & { learnerId?: string })[];
  /** Indexes of the questions asked; default: every question. */
  asked?: readonly number[];
  /** Players known from the game (also those who answered nothing, and whether removed). */
  players?: readonly { playerId: string; nickname: string; removed?: boolean; learnerId?: string }[];
}

export function classReport({ questions, answers, asked, players = [] }: ReportInput): ClassReport {
  const askedSet = new Set(asked ?? questions.map((_, i) => i));
  const qs: QuestionReport[] = questions.map((q, index) => {
    const mine = answers.filter((a) => a.questionIndex === index && a.choice.length > 0);
    const times = mine.map((a) => a.timeMs).filter((t): t is number => t != null);
    const distribution = q.options.map((_, i) => mine.filter((a) => a.choice.includes(i)).length);
    return {
      index, id: q.id, text: q.text, options: q.options, correct: q.correct, skipped: !askedSet.has(index),
      distribution, answered: mine.length, correctCount: mine.filter((a) => a.correct).length,
      meanTimeMs: times.length ? Math.round(times.reduce((s, t) => s + t, 0) / times.length) : null,
    };
  });
  const byPlayer = new Map<string, StudentReport>();
  const student = (playerId: string, nickname: string, learnerId?: string): StudentReport => {
    let s = byPlayer.get(playerId);
    if (!s) {
      s = { playerId, nickname, removed: false, score: 0, correctCount: 0, answeredCount: 0, accuracy: 0, answers: [], ...(learnerId ? { learnerId } : {}) };
      byPlayer.set(playerId, s);
    }
    return s;
  };
  for (const p of players) student(p.playerId, p.nickname, p.learnerId).removed = !!p.removed;
  for (const a of [...answers].sort((x, y) => x.questionIndex - y.questionIndex)) {
    const s = student(a.playerId, a.nickname, a.learnerId);
    if (!askedSet.has(a.questionIndex)) continue;
    s.answers.push({ questionIndex: a.questionIndex, choice: a.choice, correct: a.correct, points: a.points, timeMs: a.timeMs ?? 0 });
    s.score += a.points;
    if (a.choice.length > 0) s.answeredCount += 1;
    if (a.correct) s.correctCount += 1;
  }
  const count = askedSet.size;
  const students = [...byPlayer.values()]
    .map((s) => ({ ...s, accuracy: count ? s.correctCount / count : 0 }))
    .sort((a, b) => b.score - a.score || b.correctCount - a.correctCount || a.nickname.localeCompare(b.nickname, 'zh'));
  const meanAccuracy = students.length ? students.reduce((t, s) => t + s.accuracy, 0) / students.length : null;
  return { questions: qs, students, asked: count, meanAccuracy };
}

/** Option letters: 0 → A. */
export const optionLetter = (i: number): string => String.fromCharCode(65 + i);
/** A choice as letters (A、C), or 未作答. */
export const choiceText = (choice: readonly number[]): string => (choice.length ? choice.map(optionLetter).join('') : '未作答');
const percent = (x: number) => Math.round(x * 1000) / 10;

/** The student sheet: one row per student, then one column per question (choice, ✓/✗). */
export function studentRows(report: ClassReport): (string | number)[][] {
  const head = ['排名', '昵称', '得分', '答对题数', '已答题数', '正确率(%)', '是否移出', ...report.questions.map((q) => `第${q.index + 1}题`)];
  return [head, ...report.students.map((s, i) => [
    i + 1, s.nickname, s.score, s.correctCount, s.answeredCount, percent(s.accuracy), s.removed ? '是' : '否',
    ...report.questions.map((q) => {
      const a = s.answers.find((x) => x.questionIndex === q.index);
      return q.skipped ? '跳过' : a ? `${choiceText(a.choice)}${a.correct ? ' ✓' : ' ✗'}` : '未作答';
    }),
  ])];
}

/** The question sheet: one row per question with the count per option and the mean time. */
export function questionRows(report: ClassReport): (string | number)[][] {
  const most = Math.max(0, ...report.questions.map((q) => q.options.length));
  const head = ['题序', '题干', '正确答案', '作答人数', '答对人数', '正确率(%)', '平均用时(秒)', ...Array.from({ length: most }, (_, i) => `选${optionLetter(i)}人数`)];
  return [head, ...report.questions.map((q) => [
    q.index + 1, q.text, q.skipped ? '跳过' : choiceText(q.correct), q.answered, q.correctCount,
    q.answered ? percent(q.correctCount / q.answered) : 0, q.meanTimeMs == null ? '' : Math.round(q.meanTimeMs / 100) / 10,
    ...Array.from({ length: most }, (_, i) => (i < q.options.length ? (q.distribution[i] ?? 0) : '')),
  ])];
}
