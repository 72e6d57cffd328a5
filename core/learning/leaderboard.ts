import type { LearnerState } from './state';
import { addDays, dayKey, weekStart, type Instant } from './time';

/** A learner's public leaderboard profile. Absent or optIn false: never listed. */
export interface LeaderboardProfile {
  optIn: boolean;
  /** The name the learner chose to show; their real name is never used. */
  displayName: string;
  unit?: string;
  city?: string;
}

/** Input: one learner's state and profile. */
export interface LeaderboardLearner {
  state: Pick<LearnerState, 'learnerId' | 'xp' | 'xpByDay'>;
  profile?: LeaderboardProfile;
}

/** Which learners and which XP to rank. */
export interface LeaderboardQuery {
  scope: { unit: string } | { city: string } | 'all';
  period: 'week' | 'all-time';
  /** Needed for 'week': the ISO week (Monday–Sunday) containing now in `timeZone`. */
  now?: Instant;
  /** Zone of the week boundaries; default Asia/Shanghai. */
  timeZone?: string;
  /** Longest list returned; default 100. */
  limit?: number;
  /** The viewing learner: their row is marked `self`, and returned in `viewer` even if cut off. */
  viewerId?: string;
}

/** One row. No learner id: a leaderboard is public, only the chosen name appears. */
export interface LeaderboardRow {
  rank: number;
  displayName: string;
  xp: number;
  self: boolean;
}

/**
 * Rank opted-in learners in a unit, a city or overall, by weekly or all-time XP. Learners with
 * no XP in the period are left out. Equal XP shares a rank (1, 1, 3); the order among equals is
 * by learner id, which the learner cannot change — so renaming cannot buy a higher place.
 * Weekly XP sums each learner's per-day XP (days in their own zone) for the week's seven dates.
 */
export function rankLearners(
  learners: readonly LeaderboardLearner[],
  query: LeaderboardQuery,
): { rows: LeaderboardRow[]; viewer: LeaderboardRow | null } {
  const { scope, period, limit = 100 } = query;
  let days: string[] = [];
  if (period === 'week') {
    if (query.now === undefined) throw new Error('a weekly leaderboard needs `now`');
    const monday = weekStart(dayKey(query.now, query.timeZone ?? 'Asia/Shanghai'));
    days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  }
  const inScope = (p: LeaderboardProfile) =>
    scope === 'all' || ('unit' in scope ? p.unit === scope.unit : p.city === scope.city);
  const scored = learners
    .filter((l): l is Required<LeaderboardLearner> => !!l.profile?.optIn && inScope(l.profile))
    .map((l) => ({
      id: l.state.learnerId,
      displayName: l.profile.displayName,
      xp: period === 'week' ? days.reduce((sum, d) => sum + (l.state.xpByDay[d] ?? 0), 0) : l.state.xp,
    }))
    .filter((l) => l.xp > 0)
    .sort((a, b) => b.xp - a.xp || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let viewer: LeaderboardRow | null = null;
  const rows: LeaderboardRow[] = [];
  scored.forEach((l, i) => {
    const prev = rows[i - 1];
    const rank = prev && prev.xp === l.xp ? prev.rank : i + 1;
    const row = { rank, displayName: l.displayName, xp: l.xp, self: l.id === query.viewerId };
    rows.push(row);
    if (row.self) viewer = row;
  });
  return { rows: rows.slice(0, limit), viewer };
}

