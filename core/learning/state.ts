import type { DayAnswers } from './mastery';
import { emptyNotebook, type Notebook } from './review';
import { emptyStreak, type StreakSummary } from './streak';
import type { DayKey } from './time';

/**
 * Everything the gamification rules know about one learner. Plain JSON (records and arrays, no
 * Map/Set/Date) so it can be stored, synced and compared as is. Treat as immutable.
 */
export interface LearnerState {
  learnerId: string;
  /** Total XP; never decreases. */
  xp: number;
  /** XP per active day in the learner's zone, for weekly leaderboards. */
  xpByDay: Record<DayKey, number>;
  /** Graded answers and how many were correct: accuracy, kept apart from XP. */
  answered: number;
  correct: number;
  /** Per question, the days on which a correct answer earned XP (first entry = first correct). */
  questionXpDays: Record<string, DayKey[]>;
  /** Per day, each practice question's first graded answer that day (the mastery rule's input). */
  dayAnswers: DayAnswers;
  /** Lesson id → ISO time its quiz was first mastered. */
  completedLessons: Record<string, string>;
  /** Quiz ids ever passed with a full score. */
  perfectQuizzes: string[];
  /** Days with graded practice answers, ascending, unique. */
  activeDays: DayKey[];
  streak: StreakSummary;
  notebook: Notebook;
  /** Badge id → ISO time earned. Badges are never taken away. */
  badges: Record<string, string>;
  /** Ids of statements already applied: the idempotency record. */
  appliedIds: string[];
}

/** A new learner: no XP, level 1, empty notebook. */
export function emptyLearnerState(learnerId: string): LearnerState {
  return {
    learnerId,
    xp: 0,
    xpByDay: {},
    answered: 0,
    correct: 0,
    questionXpDays: {},
    dayAnswers: {},
    completedLessons: {},
    perfectQuizzes: [],
    activeDays: [],
    streak: emptyStreak(),
    notebook: emptyNotebook(),
    badges: {},
    appliedIds: [],
  };
}

/** Graded accuracy 0–1 (correct / answered); 0 before the first answer. Independent of XP. */
export const accuracy = (state: LearnerState): number => (state.answered ? state.correct / state.answered : 0);
