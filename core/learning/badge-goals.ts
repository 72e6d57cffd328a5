import { BADGES, CONSTITUTION_LAW, DISTINCT_CORRECT_FOR_BADGE, evaluateBadges, trackBadge, type Badge, type BadgeCatalog } from './badges';
import type { LearnerState } from './state';

/** A badge as a goal: earned or locked, with how far the learner has come. */
export interface BadgeGoal extends Badge {
  earned: boolean;
  /** When it was first earned (ISO), if known. */
  earnedAt: string | null;
  /** Progress towards it: current of target in `unit` (current is capped at target). */
  progress: { current: number; target: number; unit: string };
}

const count = (current: number, target: number, unit: string) => ({ current: Math.min(current, target), target, unit });

/**
 * Every badge the learner can aim for — the fixed ones, then one per track in catalog order —
 * each earned (recorded in the state, or qualifying now) or locked with its progress, e.g.
 * 连续学习7天 at 4 of 7 天. Pure; the same rules as evaluateBadges decide what is earned.
 */
export function badgeGoals(state: LearnerState, catalog: BadgeCatalog): BadgeGoal[] {
  const qualifying = new Set(evaluateBadges(state, catalog).map((b) => b.id));
  const done = (ids: readonly string[]) => ids.filter((id) => id in state.completedLessons).length;
  const constitution = catalog.lessons.filter((l) => l.laws.includes(CONSTITUTION_LAW)).map((l) => l.id);
  const inNotebook = Object.keys(state.notebook.entries).length;
  const goals: [Badge, BadgeGoal['progress']][] = [
    [BADGES.firstLesson, count(Object.keys(state.completedLessons).length, 1, '课')],
    [BADGES.firstPerfect, count(state.perfectQuizzes.length, 1, '次')],
    [BADGES.streak7, count(state.streak.longest, 7, '天')],
    [BADGES.streak30, count(state.streak.longest, 30, '天')],
    [BADGES.distinctCorrect, count(Object.keys(state.questionXpDays).length, DISTINCT_CORRECT_FOR_BADGE, '题')],
    [BADGES.constitution, count(done(constitution), constitution.length, '课')],
    // Mastered = graduated from the last box; the notebook must also be empty.
    [BADGES.notebookCleared, count(state.notebook.graduated, state.notebook.graduated + inNotebook || 1, '题')],
  ];
  const titles = new Map((catalog.tracks ?? []).map((t) => [t.id, t.title]));
  const trackIds = [...titles.keys()];
  for (const l of catalog.lessons) for (const t of l.tracks) if (!trackIds.includes(t)) trackIds.push(t);
  for (const id of trackIds) {
    const lessons = catalog.lessons.filter((l) => l.tracks.includes(id)).map((l) => l.id);
    goals.push([trackBadge({ id, title: titles.get(id) ?? id }), count(done(lessons), lessons.length, '课')]);
  }
  return goals.map(([badge, progress]) => {
    const earnedAt = state.badges[badge.id] ?? null;
    return { ...badge, earned: earnedAt !== null || qualifying.has(badge.id), earnedAt, progress };
  });
}
