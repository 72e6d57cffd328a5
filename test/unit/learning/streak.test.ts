import { describe, expect, it } from 'vitest';
import { applyStatements, emptyLearnerState } from '../../../core/learning/gamification';
import { computeStreak, MAX_FREEZES, streakStatus } from '../../../core/learning/streak';
import { addDays } from '../../../core/learning/time';
import { answer, catalog, keys, stmt } from './fixtures';

const run = (start: string, n: number) => Array.from({ length: n }, (_, i) => addDays(start, i));
const opts = (timeZone: string) => ({ timeZone, lessonCatalog: catalog, answerKeys: keys });

describe('computeStreak', () => {
  it('counts consecutive days, in any order, ignoring duplicates', () => {
    const s = computeStreak(['2026-03-03', '2026-03-01', '2026-03-02', '2026-03-02']);
    expect(s).toMatchObject({ current: 3, longest: 3, lastDay: '2026-03-03', freezes: 0 });
  });

  it('breaks on a missed day when no freeze is held', () => {
    const s = computeStreak(['2026-03-01', '2026-03-02', '2026-03-04']);
    expect(s).toMatchObject({ current: 1, longest: 2, frozenDays: [] });
  });

  it('earns a freeze at 7 days and spends it on a single missed day', () => {
    const days = [...run('2026-03-01', 7), '2026-03-09']; // 8 March missed
    const s = computeStreak(days);
    expect(s).toMatchObject({ current: 8, longest: 8, freezes: 0, freezesEarned: 1, frozenDays: ['2026-03-08'] });
  });

  it('does not bridge two missed days even with freezes held', () => {
    const s = computeStreak([...run('2026-03-01', 7), '2026-03-10']);
    expect(s).toMatchObject({ current: 1, longest: 7, freezes: 1, frozenDays: [] });
  });

  it('holds at most two freezes: milestones at 21 and 28 days earn nothing more', () => {
    const s = computeStreak(run('2026-01-01', 28)); // milestones 7, 14, 21, 28
    expect(s.freezes).toBe(MAX_FREEZES);
    expect(s.freezesEarned).toBe(2);
    // Three single missed days: two bridged, the third breaks the streak (uncapped, it would not).
    const after = computeStreak([...run('2026-01-01', 28), '2026-01-30', '2026-02-01', '2026-02-03']);
    expect(after).toMatchObject({ current: 1, longest: 30, freezes: 0, frozenDays: ['2026-01-29', '2026-01-31'] });
  });
});

describe('streakStatus', () => {
  const streak = computeStreak(run('2026-03-01', 7)); // last day 7 March, one freeze held
  it('is alive today, tomorrow, and the day after only with a freeze', () => {
    expect(streakStatus(streak, '2026-03-07T12:00:00+08:00', 'Asia/Shanghai')).toEqual({ current: 7, activeToday: true, freezeNeeded: false });
    expect(streakStatus(streak, '2026-03-08T12:00:00+08:00', 'Asia/Shanghai')).toEqual({ current: 7, activeToday: false, freezeNeeded: false });
    expect(streakStatus(streak, '2026-03-09T12:00:00+08:00', 'Asia/Shanghai')).toEqual({ current: 7, activeToday: false, freezeNeeded: true });
    expect(streakStatus(streak, '2026-03-10T12:00:00+08:00', 'Asia/Shanghai').current).toBe(0);
    const noFreeze = computeStreak(run('2026-03-01', 6));
    expect(streakStatus(noFreeze, '2026-03-08T12:00:00+08:00', 'Asia/Shanghai').current).toBe(0);
  });
  it('reads "today" in the learner’s current zone', () => {
    // 7 March 20:00 in New York is already 8 March in Shanghai.
    expect(streakStatus(streak, '2026-03-08T01:00:00Z', 'America/New_York').activeToday).toBe(true);
    expect(streakStatus(streak, '2026-03-08T01:00:00Z', 'Asia/Shanghai').activeToday).toBe(false);
  });
  it('is empty for a new learner', () => {
    expect(streakStatus(computeStreak([]), '2026-03-08T01:00:00Z', 'UTC')).toEqual({ current: 0, activeToday: false, freezeNeeded: false });
  });
});

describe('streaks through applyStatements', () => {
  it('counts days in the learner’s zone: the same instants make 2 days in Shanghai, 1 in New York', () => {
    // 07:00 UTC = 15:00 Shanghai / 03:00 New York (9 March); 20:00 UTC = 04:00 next day Shanghai / 16:00 New York.
    const batch = [answer('q-1', true, '2026-03-09T07:00:00Z'), answer('q-2', true, '2026-03-09T20:00:00Z')];
    const sh = applyStatements(emptyLearnerState('learner-1'), batch, opts('Asia/Shanghai')).state;
    const ny = applyStatements(emptyLearnerState('learner-1'), batch, opts('America/New_York')).state;
    expect(sh.activeDays).toEqual(['2026-03-09', '2026-03-10']);
    expect(sh.streak.current).toBe(2);
    expect(ny.activeDays).toEqual(['2026-03-09']);
    expect(ny.streak.current).toBe(1);
  });

  it('keeps a New York streak across the DST change with just-after-midnight practice', () => {
    // 00:30 local every night from 6 to 10 March 2026; DST starts at 02:00 on 8 March (EST −5 → EDT −4).
    const times = ['2026-03-06T05:30:00Z', '2026-03-07T05:30:00Z', '2026-03-08T05:30:00Z', '2026-03-09T04:30:00Z', '2026-03-10T04:30:00Z'];
    const { state } = applyStatements(emptyLearnerState('learner-1'), times.map((t, i) => answer(`q-${i}`, true, t)), opts('America/New_York'));
    expect(state.activeDays).toEqual(run('2026-03-06', 5));
    expect(state.streak.current).toBe(5);
    // A fixed UTC−5 offset would put 9 March 00:30 EDT on 8 March: four days, not five.
    const fixedOffset = times.map((t) => new Date(Date.parse(t) - 5 * 3_600_000).toISOString().slice(0, 10));
    expect(new Set(fixedOffset).size).toBe(4);
  });

  it('follows a learner who flies from Shanghai to New York without breaking or double-counting', () => {
    let state = emptyLearnerState('learner-1');
    // 9 and 10 March at 09:00 in Shanghai.
    state = applyStatements(state, [answer('q-1', true, '2026-03-09T01:00:00Z'), answer('q-2', true, '2026-03-10T01:00:00Z')], opts('Asia/Shanghai')).state;
    // Lands in New York; practises on the evening of 10 March local time (already 11 March in Shanghai).
    state = applyStatements(state, [answer('q-3', true, '2026-03-11T00:00:00Z')], opts('America/New_York')).state;
    expect(state.activeDays).toEqual(['2026-03-09', '2026-03-10']);
    expect(state.streak.current).toBe(2);
    // The next New York evening continues the streak.
    state = applyStatements(state, [answer('q-4', true, '2026-03-12T00:00:00Z')], opts('America/New_York')).state;
    expect(state.streak.current).toBe(3);
    expect(state.streak.lastDay).toBe('2026-03-11');
  });

  it('uses a held freeze automatically and reports it; without one the streak restarts', () => {
    const week = run('2026-03-01', 7).map((d, i) => answer(`q-${i}`, true, `${d}T10:00:00+08:00`));
    const first = applyStatements(emptyLearnerState('learner-1'), week, opts('Asia/Shanghai'));
    expect(first.events.filter((e) => e.type === 'freeze-earned')).toHaveLength(1);
    const after = applyStatements(first.state, [answer('q-9', true, '2026-03-09T10:00:00+08:00')], opts('Asia/Shanghai'));
    expect(after.events).toContainEqual({ type: 'freeze-used', day: '2026-03-08' });
    expect(after.state.streak).toMatchObject({ current: 8, freezes: 0 });

    const sixDays = week.slice(0, 6);
    const noFreeze = applyStatements(emptyLearnerState('learner-1'), sixDays, opts('Asia/Shanghai')).state;
    const broken = applyStatements(noFreeze, [answer('q-9', true, '2026-03-08T10:00:00+08:00')], opts('Asia/Shanghai'));
    expect(broken.state.streak.current).toBe(1);
    expect(broken.events.some((e) => e.type === 'freeze-used')).toBe(false);
  });

  it('counts graded practice, not page views or client-reported quiz results, as an active day', () => {
    const read = stmt({ verb: 'experienced', type: 'lesson', object: 'xianfa-jiben', at: '2026-03-09T10:00:00Z' });
    const passed = stmt({ verb: 'passed', type: 'quiz', object: 'xianfa-jiben', at: '2026-03-10T10:00:00Z', success: true, score: [5, 5] });
    const attempted = stmt({ verb: 'attempted', type: 'quiz', object: 'xianfa-jiben', at: '2026-03-11T10:00:00Z' });
    const unknown = answer('exam-q-1', true, '2026-03-12T10:00:00Z');
    const { state } = applyStatements(emptyLearnerState('learner-1'), [read, passed, attempted, unknown], opts('UTC'));
    expect(state.activeDays).toEqual([]);
    expect(state.streak.current).toBe(0);
    // A wrong answer is still practice: it keeps the streak.
    expect(applyStatements(state, [answer('q-1', false, '2026-03-13T10:00:00Z')], opts('UTC')).state.activeDays).toEqual(['2026-03-13']);
  });
});
