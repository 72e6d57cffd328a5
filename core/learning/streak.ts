import { addDays, dayKey, daysBetween, type DayKey, type Instant } from './time';

/** A streak of this many days earns one streak freeze (at 7, 14, 21 …). */
export const FREEZE_EVERY_DAYS = 7;
/** At most this many freezes are held; more earned are lost. */
export const MAX_FREEZES = 2;

/** The streak as of the learner's last active day. Plain JSON. */
export interface StreakSummary {
  /** Consecutive active days ending on lastDay (frozen days bridge but do not count). */
  current: number;
  longest: number;
  /** Freezes held now. */
  freezes: number;
  /** Freezes ever granted (earned while below the cap). */
  freezesEarned: number;
  /** Missed days that a freeze covered, ascending. */
  frozenDays: DayKey[];
  lastDay: DayKey | null;
}

/** The streak of a learner with no activity. */
export const emptyStreak = (): StreakSummary => ({
  current: 0, longest: 0, freezes: 0, freezesEarned: 0, frozenDays: [], lastDay: null,
});

/**
 * The streak from the set of active days (learner's zone, any order, duplicates ignored). Rules:
 * a next-day activity extends it; exactly one missed day is bridged automatically when a freeze
 * is held (the freeze is consumed); anything else restarts it at 1. Reaching a multiple of
 * FREEZE_EVERY_DAYS grants a freeze, up to MAX_FREEZES held. Depending only on the day set makes
 * it order-independent, so late offline syncs give the same answer as timely ones.
 */
export function computeStreak(activeDays: readonly DayKey[]): StreakSummary {
  const days = [...new Set(activeDays)].sort();
  const s = emptyStreak();
  for (const day of days) {
    const gap = s.lastDay === null ? Infinity : daysBetween(s.lastDay, day);
    if (gap === 1) s.current++;
    else if (gap === 2 && s.freezes > 0) {
      s.freezes--;
      s.frozenDays.push(addDays(day, -1));
      s.current++;
    } else s.current = 1;
    if (s.current % FREEZE_EVERY_DAYS === 0 && s.freezes < MAX_FREEZES) {
      s.freezes++;
      s.freezesEarned++;
    }
    s.longest = Math.max(s.longest, s.current);
    s.lastDay = day;
  }
  return s;
}

/** The streak as the learner should see it right now. */
export interface StreakStatus {
  /** Days in the streak still alive today; 0 when it is broken. */
  current: number;
  activeToday: boolean;
  /** True when today's practice would consume a freeze to bridge yesterday. */
  freezeNeeded: boolean;
}

/**
 * The live streak at `now` in the learner's current zone: alive if they practised today or
 * yesterday, or the day before yesterday with a freeze held. A last day later than "today"
 * (after flying west) counts as today.
 */
export function streakStatus(streak: StreakSummary, now: Instant, timeZone: string): StreakStatus {
  if (!streak.lastDay) return { current: 0, activeToday: false, freezeNeeded: false };
  const gap = daysBetween(streak.lastDay, dayKey(now, timeZone));
  if (gap <= 0) return { current: streak.current, activeToday: true, freezeNeeded: false };
  if (gap === 1) return { current: streak.current, activeToday: false, freezeNeeded: false };
  if (gap === 2 && streak.freezes > 0) return { current: streak.current, activeToday: false, freezeNeeded: true };
  return { current: 0, activeToday: false, freezeNeeded: false };
}
