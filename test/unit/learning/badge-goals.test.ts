import { describe, expect, it } from 'vitest';
import { badgeArt } from '../../../core/learning/badge-art';
import { badgeGoals } from '../../../core/learning/badge-goals';
import { applyStatements, emptyLearnerState } from '../../../core/learning/gamification';
import { addDays } from '../../../core/learning/time';
import { answer, catalog, keys, sitting, tracks } from './fixtures';

const opts = { timeZone: 'Asia/Shanghai', lessonCatalog: catalog, tracks, answerKeys: keys };
const at = (day: string) => `${day}T10:00:00+08:00`;

describe('badge goals', () => {
  it('a new learner sees every badge, all locked, with progress from zero', () => {
    const goals = badgeGoals(emptyLearnerState('x'), { lessons: catalog, tracks });
    expect(goals.length).toBe(7 + tracks.length);
    expect(goals.every((g) => !g.earned && g.progress.current === 0)).toBe(true);
    expect(goals.find((g) => g.id === 'streak-7')!.progress).toEqual({ current: 0, target: 7, unit: '天' });
  });

  it('practice on four days in a row: 连续学习7天 at 4/7, the first lesson earned with its date', () => {
    const days = Array.from({ length: 3 }, (_, i) => answer(`q-${i}`, true, at(addDays('2026-03-10', i))));
    const state = applyStatements(emptyLearnerState('learner-1'), [...sitting('xianfa-jiben', 4, at('2026-03-09')), ...days], opts).state;
    const goals = badgeGoals(state, { lessons: catalog, tracks });
    expect(goals.find((g) => g.id === 'streak-7')).toMatchObject({ earned: false, progress: { current: 4, target: 7 } });
    expect(goals.find((g) => g.id === 'first-lesson')).toMatchObject({ earned: true, progress: { current: 1, target: 1 } });
    expect(goals.find((g) => g.id === 'first-lesson')!.earnedAt).toMatch(/^2026-03-09/);
  });

  it('each badge has its own art: no two share shape, colour and character', () => {
    const goals = badgeGoals(emptyLearnerState('x'), { lessons: catalog, tracks });
    const looks = goals.map((g) => badgeArt(g.id)).map((a) => `${a.shape}${a.color}${a.glyph}`);
    expect(new Set(looks).size).toBe(goals.length);
    expect(new Set(goals.map((g) => badgeArt(g.id).glyph)).size).toBe(goals.length);
  });
});
