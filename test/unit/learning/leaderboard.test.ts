import { describe, expect, it } from 'vitest';
import { rankLearners, type LeaderboardLearner } from '../../../core/learning/leaderboard';

const learner = (
  learnerId: string,
  xp: number,
  xpByDay: Record<string, number>,
  profile?: LeaderboardLearner['profile'],
): LeaderboardLearner => ({ state: { learnerId, xp, xpByDay }, profile });

const people: LeaderboardLearner[] = [
  learner('u-03', 500, { '2026-03-09': 40, '2026-03-02': 200 }, { optIn: true, displayName: '小王', unit: 'sfj', city: '泉城' }),
  learner('u-01', 900, { '2026-03-10': 10 }, { optIn: true, displayName: '李法官', unit: 'sfj', city: '泉城' }),
  learner('u-02', 500, { '2026-03-15': 40 }, { optIn: true, displayName: 'Zed', unit: 'gaj', city: '泉城' }),
  learner('u-04', 2000, { '2026-03-10': 500 }, { optIn: false, displayName: '隐身者', unit: 'sfj', city: '泉城' }),
  learner('u-05', 3000, { '2026-03-10': 800 }),
  learner('u-06', 700, { '2026-03-11': 5 }, { optIn: true, displayName: '外地人', unit: 'x', city: '海城' }),
  learner('u-07', 0, {}, { optIn: true, displayName: '新人', unit: 'sfj', city: '泉城' }),
];

describe('rankLearners', () => {
  it('lists only opted-in learners, under their display name, with no learner ids', () => {
    const { rows } = rankLearners(people, { scope: 'all', period: 'all-time' });
    expect(rows.map((r) => r.displayName)).toEqual(['李法官', '外地人', 'Zed', '小王']);
    expect(JSON.stringify(rows)).not.toMatch(/u-0\d/);
    expect(rows.map((r) => r.displayName)).not.toContain('隐身者');
  });

  it('shares a rank on equal XP and orders ties by learner id, not by the chosen name', () => {
    const { rows } = rankLearners(people, { scope: { city: '泉城' }, period: 'all-time' });
    expect(rows.map((r) => [r.rank, r.displayName, r.xp])).toEqual([
      [1, '李法官', 900],
      [2, 'Zed', 500], // u-02 before u-03 although '小王' would sort differently by name
      [2, '小王', 500],
    ]);
    const reversed = rankLearners([...people].reverse(), { scope: { city: '泉城' }, period: 'all-time' });
    expect(reversed.rows).toEqual(rows);
  });

  it('ranks within a unit and leaves out learners with no XP in the period', () => {
    const { rows } = rankLearners(people, { scope: { unit: 'sfj' }, period: 'all-time' });
    expect(rows.map((r) => r.displayName)).toEqual(['李法官', '小王']);
  });

  it('sums the ISO week (Monday–Sunday) containing now for the weekly board', () => {
    // Week of Monday 9 – Sunday 15 March 2026.
    const { rows } = rankLearners(people, { scope: { city: '泉城' }, period: 'week', now: '2026-03-12T12:00:00+08:00' });
    expect(rows.map((r) => [r.rank, r.displayName, r.xp])).toEqual([
      [1, 'Zed', 40],
      [1, '小王', 40],
      [3, '李法官', 10],
    ]);
    // On Monday 16 March the new week starts empty.
    expect(rankLearners(people, { scope: 'all', period: 'week', now: '2026-03-16T08:00:00+08:00' }).rows).toEqual([]);
    expect(() => rankLearners(people, { scope: 'all', period: 'week' })).toThrow(/needs `now`/);
  });

  it('marks the viewer and returns their row even beyond the limit', () => {
    const r = rankLearners(people, { scope: 'all', period: 'all-time', limit: 2, viewerId: 'u-03' });
    expect(r.rows).toHaveLength(2);
    expect(r.rows.some((x) => x.self)).toBe(false);
    expect(r.viewer).toEqual({ rank: 3, displayName: '小王', xp: 500, self: true });
    expect(rankLearners(people, { scope: 'all', period: 'all-time', viewerId: 'u-04' }).viewer).toBeNull();
  });
});
