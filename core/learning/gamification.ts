import { evaluateBadges, type Badge } from './badges';
import { levelForXp } from './levels';
import { type AnswerKeys, gradeAnswer, recordGradedAnswer } from './mastery';
import { recordAnswer, type ReviewChange } from './review';
import { emptyLearnerState, type LearnerState } from './state';
import type { LearningStatement } from './statements';
import { computeStreak } from './streak';
import { dayKey, toMs } from './time';
import type { LessonCatalog, TrackInfo } from './types';

export { emptyLearnerState, accuracy, type LearnerState } from './state';
export { LEVELS, levelForXp, type Level, type LevelProgress } from './levels';
export { computeStreak, streakStatus, FREEZE_EVERY_DAYS, MAX_FREEZES, type StreakSummary, type StreakStatus } from './streak';
export { evaluateBadges, trackBadge, BADGES, type Badge, type BadgeCatalog } from './badges';

/** XP for the first correct answer to a question, ever. */
export const XP_FIRST_CORRECT = 10;
/** XP for the first correct answer to an already-mastered question on a later day (review). */
export const XP_DAILY_CORRECT = 3;
/** XP for completing a lesson (its quiz passed at the mastery mark), once per lesson. */
export const XP_LESSON_COMPLETED = 50;

/** What applying statements did, for notifications and the activity feed. */
export type LearningEvent =
  | { type: 'xp'; amount: number; reason: 'first-correct' | 'daily-correct' | 'lesson-completed'; statementId: string; objectId: string }
  | { type: 'lesson-completed'; lessonId: string; statementId: string }
  | { type: 'level-up'; level: number; title: string; statementId: string }
  | { type: 'badge'; badge: Badge; statementId: string }
  | { type: 'freeze-earned'; day: string }
  | { type: 'freeze-used'; day: string }
  | { type: 'review'; questionId: string; change: ReviewChange; statementId: string };

/** Context for applyStatements. */
export interface ApplyOptions {
  /** The learner's IANA zone for this batch (days, streaks); may differ between batches (travel). */
  timeZone: string;
  lessonCatalog: LessonCatalog;
  tracks?: readonly TrackInfo[];
  /** Default practice pass mark (0–1) for lessons without their own. */
  passMark?: number;
  /** Server-held practice keys: answers are graded from result.response with them (the
   *  client's success flag is never read); answers to questions not listed are skipped. */
  answerKeys: AnswerKeys;
}

/** New state, what happened, and which statements were not applied and why. */
export interface ApplyResult {
  state: LearnerState;
  events: LearningEvent[];
  skipped: { id: string; reason: 'other-learner' | 'already-applied' | 'unknown-question' }[];
}

/**
 * Apply validated statements to a learner's state. Statements are processed in (timestamp, id)
 * order; one already applied (by id) changes nothing, so the function is idempotent, and the
 * resulting XP, counts, lessons, streak and badges depend only on the set of statements. Wrong
 * answers never cost XP. The input state is not modified.
 */
export function applyStatements(
  state: LearnerState,
  statements: readonly LearningStatement[],
  options: ApplyOptions,
): ApplyResult {
  const s: LearnerState = { ...emptyLearnerState(state.learnerId), ...structuredClone(state) };
  const applied = new Set(s.appliedIds);
  const events: LearningEvent[] = [];
  const skipped: ApplyResult['skipped'] = [];
  const sorted = [...statements].sort((a, b) => toMs(a.timestamp) - toMs(b.timestamp) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const st of sorted) {
    const id = st.id.toLowerCase();
    if (st.actor.learnerId !== s.learnerId) { skipped.push({ id, reason: 'other-learner' }); continue; }
    if (applied.has(id)) { skipped.push({ id, reason: 'already-applied' }); continue; }
    const correct = gradeAnswer(st, options.answerKeys);
    if (st.verb === 'answered' && correct === undefined) { skipped.push({ id, reason: 'unknown-question' }); continue; }
    applied.add(id);
    s.appliedIds.push(id);
    const day = dayKey(st.timestamp, options.timeZone);
    const levelBefore = levelForXp(s.xp).level;
    const gain = (amount: number, reason: 'first-correct' | 'daily-correct' | 'lesson-completed') => {
      s.xp += amount;
      s.xpByDay[day] = (s.xpByDay[day] ?? 0) + amount;
      events.push({ type: 'xp', amount, reason, statementId: id, objectId: st.object.id });
    };

    // Only graded answers count: a client-reported quiz result, a lesson view or an exam
    // statement is kept on record but earns no XP, no lesson, no streak day and no badge.
    if (correct !== undefined) {
      s.answered++;
      if (correct) {
        s.correct++;
        const days = s.questionXpDays[st.object.id] ?? [];
        if (!days.includes(day)) {
          gain(days.length ? XP_DAILY_CORRECT : XP_FIRST_CORRECT, days.length ? 'daily-correct' : 'first-correct');
          s.questionXpDays[st.object.id] = [...days, day].sort();
        }
      }
      const review = recordAnswer(s.notebook, { questionId: st.object.id, correct, at: st.timestamp, timeZone: options.timeZone });
      s.notebook = review.notebook;
      if (!['none', 'not-due', 'stale'].includes(review.change)) {
        events.push({ type: 'review', questionId: st.object.id, change: review.change, statementId: id });
      }
      const mastery = recordGradedAnswer(s.dayAnswers, { day, questionId: st.object.id, correct }, options.lessonCatalog, options.passMark);
      s.dayAnswers = mastery.dayAnswers;
      for (const lessonId of mastery.mastered) {
        if (lessonId in s.completedLessons) continue;
        s.completedLessons[lessonId] = st.timestamp;
        events.push({ type: 'lesson-completed', lessonId, statementId: id });
        gain(XP_LESSON_COMPLETED, 'lesson-completed');
      }
      for (const quizId of mastery.perfect) if (!s.perfectQuizzes.includes(quizId)) s.perfectQuizzes.push(quizId);
      if (!s.activeDays.includes(day)) {
        s.activeDays = [...s.activeDays, day].sort();
        const before = s.streak;
        s.streak = computeStreak(s.activeDays);
        for (const d of s.streak.frozenDays) if (!before.frozenDays.includes(d)) events.push({ type: 'freeze-used', day: d });
        for (let i = before.freezesEarned; i < s.streak.freezesEarned; i++) events.push({ type: 'freeze-earned', day });
      }
    }

    const level = levelForXp(s.xp);
    if (level.level > levelBefore) events.push({ type: 'level-up', level: level.level, title: level.title, statementId: id });
    for (const badge of evaluateBadges(s, { lessons: options.lessonCatalog, tracks: options.tracks })) {
      if (badge.id in s.badges) continue;
      s.badges[badge.id] = st.timestamp;
      events.push({ type: 'badge', badge, statementId: id });
    }
  }
  return { state: s, events, skipped };
}
