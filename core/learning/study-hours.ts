import { type AnswerKeys, type DayAnswers, DEFAULT_PRACTICE_PASS_MARK, gradeAnswer, recordGradedAnswer } from './mastery';
import type { LearningStatement } from './statements';
import { dayKey, toMs, yearOf } from './time';
import type { LessonCatalog } from './types';

export { DEFAULT_PRACTICE_PASS_MARK } from './mastery';

/** Required 学时 for one audience in one year (set by the 普法办). */
export interface StudyRequirement {
  audience: string;
  year: number;
  hours: number;
}

/** One lesson's credit. */
export interface LessonCredit {
  lessonId: string;
  hours: number;
  /** ISO time of the answer that reached mastery in the year; its statement id for audit. */
  passedAt: string;
  statementId: string;
}

/** Hours credited in a year, and from which lessons. */
export interface CreditedHours {
  year: number;
  total: number;
  lessons: LessonCredit[];
}

/** Options for creditedHours. */
export interface CreditOptions {
  /** The server's practice keys: every answer is graded with them (see mastery.ts). */
  answerKeys: AnswerKeys;
  /** Default practice pass mark 0–1 (lessons may set their own); default 0.8. */
  passMark?: number;
  /** Zone deciding which year a pass falls in; default Asia/Shanghai. */
  timeZone?: string;
}

// Hours are summed in hundredths so 0.1 + 0.2 gives 0.3, not 0.30000000000000004.
const toHundredths = (h: number) => Math.round(h * 100);

/**
 * 学时 credited in `year`: each lesson's hours once, on the first day in that year whose graded
 * answers master its quiz (see recordGradedAnswer). Reading a page, a client-reported quiz
 * result, attempting or failing credits nothing, however long it took. Mastering again in the
 * same year adds nothing; a new year needs a new mastery. Lessons are listed in order of mastery.
 */
export function creditedHours(
  statements: readonly LearningStatement[],
  lessonCatalog: LessonCatalog,
  year: number,
  options: CreditOptions,
): CreditedHours {
  const zone = options.timeZone ?? 'Asia/Shanghai';
  const byLesson = new Map<string, LessonCredit>();
  // A record an admin wrote by hand may hold no statement; it credits nothing and must not stop a report.
  const sorted = statements.filter((st) => Number.isFinite(toMs(st?.timestamp))).sort((a, b) => toMs(a.timestamp) - toMs(b.timestamp) || (a.id < b.id ? -1 : 1));
  let days: DayAnswers = {};
  for (const st of sorted) {
    if (yearOf(st.timestamp, zone) !== year) continue;
    const correct = gradeAnswer(st, options.answerKeys);
    if (correct === undefined) continue;
    const step = recordGradedAnswer(days, { day: dayKey(st.timestamp, zone), questionId: st.object.id, correct }, lessonCatalog, options.passMark ?? DEFAULT_PRACTICE_PASS_MARK);
    days = step.dayAnswers;
    for (const lessonId of step.mastered) {
      if (byLesson.has(lessonId)) continue;
      const lesson = lessonCatalog.find((l) => l.id === lessonId)!;
      byLesson.set(lessonId, { lessonId, hours: lesson.hours, passedAt: st.timestamp, statementId: st.id });
    }
  }
  const lessons = [...byLesson.values()];
  const total = lessons.reduce((sum, l) => sum + toHundredths(l.hours), 0) / 100;
  return { year, total, lessons };
}

/** The requirement for an audience and year; 0 when none is set. */
export function requiredHours(requirements: readonly StudyRequirement[], audience: string, year: number): number {
  return requirements.find((r) => r.audience === audience && r.year === year)?.hours ?? 0;
}

/** Progress against a requirement. */
export interface StudyProgress {
  credited: number;
  required: number;
  remaining: number;
  /** 0–100, capped at 100, rounded down so 99.9% never shows as 100%. */
  percent: number;
  met: boolean;
}

/** Credited hours against required hours (a requirement of 0 is met). */
export function studyProgress(credited: number, required: number): StudyProgress {
  const c = toHundredths(credited);
  const r = toHundredths(required);
  return {
    credited: c / 100,
    required: r / 100,
    remaining: Math.max(0, r - c) / 100,
    percent: r <= 0 ? 100 : Math.min(100, Math.floor((c * 100) / r)),
    met: c >= r,
  };
}
