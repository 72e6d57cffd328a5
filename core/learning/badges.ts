import type { LearnerState } from './state';
import type { LessonCatalog, TrackInfo } from './types';

/** A badge as shown to the learner. */
export interface Badge {
  id: string;
  name: string;
  description: string;
}

/** What evaluateBadges needs besides the state: lessons (with their laws) and track titles. */
export interface BadgeCatalog {
  lessons: LessonCatalog;
  /** Track titles for per-track badges; tracks not listed use their id as the title. */
  tracks?: readonly TrackInfo[];
}

/** Law slug whose lessons make up 宪法卫士. */
export const CONSTITUTION_LAW = '宪法';
/** Distinct questions answered correctly for 勤学善答. */
export const DISTINCT_CORRECT_FOR_BADGE = 50;

/** The fixed badges (per-track badges are added from the catalog). */
export const BADGES = {
  firstLesson: { id: 'first-lesson', name: '初学乍练', description: '第一次通过课程练习，完成一课' },
  firstPerfect: { id: 'first-perfect', name: '初次满分', description: '第一次在练习测验中答对全部题目' },
  streak7: { id: 'streak-7', name: '连续学习7天', description: '连续7天坚持学习' },
  streak30: { id: 'streak-30', name: '连续学习30天', description: '连续30天坚持学习' },
  distinctCorrect: { id: 'correct-50', name: '勤学善答', description: `答对${DISTINCT_CORRECT_FOR_BADGE}道不同的题目` },
  constitution: { id: 'constitution', name: '宪法卫士', description: '学完全部宪法课程并通过练习' },
  notebookCleared: { id: 'notebook-cleared', name: '错题清零', description: '错题本中的题目全部复习掌握' },
} as const satisfies Record<string, Badge>;

/** The badge for completing every lesson of a track. */
export function trackBadge(track: TrackInfo): Badge {
  return { id: `track:${track.id}`, name: `${track.title}结业`, description: `学完“${track.title}”全部课程并通过练习` };
}

const allDone = (state: LearnerState, lessonIds: readonly string[]) =>
  lessonIds.length > 0 && lessonIds.every((id) => id in state.completedLessons);

/**
 * Every badge the state qualifies for now, in a fixed order (fixed badges, then tracks in
 * catalog order). Pure: it neither reads nor writes state.badges, so callers decide what is new.
 * A set with no lessons (e.g. no constitution lesson) never qualifies.
 */
export function evaluateBadges(state: LearnerState, catalog: BadgeCatalog): Badge[] {
  const out: Badge[] = [];
  if (Object.keys(state.completedLessons).length > 0) out.push(BADGES.firstLesson);
  if (state.perfectQuizzes.length > 0) out.push(BADGES.firstPerfect);
  if (state.streak.longest >= 7) out.push(BADGES.streak7);
  if (state.streak.longest >= 30) out.push(BADGES.streak30);
  if (Object.keys(state.questionXpDays).length >= DISTINCT_CORRECT_FOR_BADGE) out.push(BADGES.distinctCorrect);
  const constitution = catalog.lessons.filter((l) => l.laws.includes(CONSTITUTION_LAW)).map((l) => l.id);
  if (allDone(state, constitution)) out.push(BADGES.constitution);
  if (state.notebook.graduated > 0 && Object.keys(state.notebook.entries).length === 0) {
    out.push(BADGES.notebookCleared);
  }
  const titles = new Map((catalog.tracks ?? []).map((t) => [t.id, t.title]));
  const trackIds = [...titles.keys()];
  for (const l of catalog.lessons) for (const t of l.tracks) if (!trackIds.includes(t)) trackIds.push(t);
  for (const id of trackIds) {
    const lessons = catalog.lessons.filter((l) => l.tracks.includes(id)).map((l) => l.id);
    if (allDone(state, lessons)) out.push(trackBadge({ id, title: titles.get(id) ?? id }));
  }
  return out;
}
