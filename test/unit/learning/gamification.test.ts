import { describe, expect, it } from 'vitest';
import {
  accuracy,
  applyStatements,
  emptyLearnerState,
  LEVELS,
  levelForXp,
  XP_DAILY_CORRECT,
  XP_FIRST_CORRECT,
  XP_LESSON_COMPLETED,
  type LearningEvent,
} from '../../../core/learning/gamification';
import { answer, catalog, keys, sitting, stmt } from './fixtures';

const opts = { timeZone: 'Asia/Shanghai', lessonCatalog: catalog, answerKeys: keys };
const lessonXp = (events: LearningEvent[]) => xpEvents(events).filter((e) => e.reason === 'lesson-completed');
const fresh = () => emptyLearnerState('learner-1');
const xpEvents = (events: LearningEvent[]) => events.filter((e) => e.type === 'xp');

describe('XP for answers', () => {
  it('gives full XP for the first correct answer and nothing for a wrong one', () => {
    const { state, events } = applyStatements(fresh(), [answer('q-1', false, '2026-03-09T09:00:00+08:00'), answer('q-1', true, '2026-03-09T09:01:00+08:00')], opts);
    expect(state.xp).toBe(XP_FIRST_CORRECT);
    expect(xpEvents(events)).toEqual([expect.objectContaining({ amount: XP_FIRST_CORRECT, reason: 'first-correct', objectId: 'q-1' })]);
  });

  it('cannot be farmed: repeats of a question on the same day earn nothing, later days a little', () => {
    const sameDay = Array.from({ length: 20 }, (_, i) => answer('q-1', true, `2026-03-09T10:${String(i).padStart(2, '0')}:00+08:00`));
    const day1 = applyStatements(fresh(), sameDay, opts).state;
    expect(day1.xp).toBe(XP_FIRST_CORRECT);
    const day2 = applyStatements(day1, [answer('q-1', true, '2026-03-10T10:00:00+08:00'), answer('q-1', true, '2026-03-10T11:00:00+08:00')], opts).state;
    expect(day2.xp).toBe(XP_FIRST_CORRECT + XP_DAILY_CORRECT);
    expect(XP_DAILY_CORRECT).toBeLessThan(XP_FIRST_CORRECT);
  });

  it('keeps graded accuracy apart from XP: every graded answer counts, XP does not', () => {
    const batch = [
      answer('q-1', true, '2026-03-09T10:00:00+08:00'),
      answer('q-1', true, '2026-03-09T10:01:00+08:00'),
      answer('q-2', false, '2026-03-09T10:02:00+08:00'),
      answer('q-3', false, '2026-03-09T10:03:00+08:00'),
    ];
    const { state } = applyStatements(fresh(), batch, opts);
    expect([state.answered, state.correct, accuracy(state)]).toEqual([4, 2, 0.5]);
    expect(state.xp).toBe(XP_FIRST_CORRECT);
    expect(accuracy(fresh())).toBe(0);
  });

  it('never lowers XP, however many mistakes follow', () => {
    let { state } = applyStatements(fresh(), [answer('q-1', true, '2026-03-09T10:00:00+08:00')], opts);
    const wrongs = Array.from({ length: 30 }, (_, i) => answer(`q-${i}`, false, '2026-03-09T11:00:00+08:00'));
    state = applyStatements(state, wrongs, opts).state;
    expect(state.xp).toBe(XP_FIRST_CORRECT);
  });

  it('re-grades from the response when the server holds the keys (a forged success earns nothing)', () => {
    const ownKeys = { 'q-1': { type: 'single' as const, answer: 'b' }, 'q-2': { type: 'multiple' as const, answer: ['a', 'c'] } };
    const forged = stmt({ verb: 'answered', type: 'question', object: 'q-1', at: '2026-03-09T10:00:00+08:00', success: true, response: 'a' });
    const honest = stmt({ verb: 'answered', type: 'question', object: 'q-2', at: '2026-03-09T10:01:00+08:00', success: false, response: 'c[,]a' });
    const unknown = answer('q-404', true, '2026-03-09T10:02:00+08:00');
    const { state, skipped } = applyStatements(fresh(), [forged, honest, unknown], { ...opts, answerKeys: ownKeys });
    expect(state.xp).toBe(XP_FIRST_CORRECT); // only q-2, whose response is in fact right
    expect([state.answered, state.correct]).toEqual([2, 1]);
    expect(skipped).toEqual([{ id: unknown.id, reason: 'unknown-question' }]);
  });
});

describe('lessons', () => {
  it('completes a lesson once, on the first day its first answers reach the mastery mark', () => {
    const day1 = sitting('xianfa-jiben', 3, '2026-03-09T10:00:00+08:00');
    const day2 = sitting('xianfa-jiben', 4, '2026-03-10T10:00:00+08:00');
    const day3 = sitting('xianfa-jiben', 5, '2026-03-11T10:00:00+08:00');
    const r = applyStatements(fresh(), [...day1, ...day2, ...day3], opts);
    expect(Object.keys(r.state.completedLessons)).toEqual(['xianfa-jiben']);
    // Mastered by the fourth right answer of day 2, not by day 3's full score.
    expect(r.state.completedLessons['xianfa-jiben']).toBe(day2[3]!.timestamp);
    expect(lessonXp(r.events)).toEqual([expect.objectContaining({ amount: XP_LESSON_COMPLETED, statementId: day2[3]!.id })]);
    expect(r.events.filter((e) => e.type === 'lesson-completed')).toHaveLength(1);
  });

  it('honours a lesson’s own pass mark and a caller-supplied default', () => {
    const fourOfFive = sitting('geren-xinxi', 4, '2026-03-09T10:00:00+08:00'); // geren-xinxi needs 100%
    expect(applyStatements(fresh(), fourOfFive, { ...opts, passMark: 0.5 }).state.completedLessons).toEqual({});
    const threeOfFive = sitting('xingzheng-chufa', 3, '2026-03-09T10:00:00+08:00');
    expect(Object.keys(applyStatements(fresh(), threeOfFive, opts).state.completedLessons)).toEqual([]);
    expect(Object.keys(applyStatements(fresh(), threeOfFive, { ...opts, passMark: 0.6 }).state.completedLessons)).toEqual(['xingzheng-chufa']);
  });
});

describe('idempotence and determinism', () => {
  const batch = [
    answer('q-1', true, '2026-03-09T10:00:00+08:00'),
    answer('q-2', false, '2026-03-09T10:01:00+08:00'),
    ...sitting('xianfa-jiben', 5, '2026-03-09T10:05:00+08:00'),
    answer('q-1', true, '2026-03-10T09:00:00+08:00'),
    answer('q-2', true, '2026-03-10T09:01:00+08:00'),
  ];
  const dayTwo = batch.length - 2;

  it('applying the same statements twice changes nothing', () => {
    const once = applyStatements(fresh(), batch, opts);
    const twice = applyStatements(once.state, batch, opts);
    expect(twice.state).toEqual(once.state);
    expect(twice.events).toEqual([]);
    expect(twice.skipped.every((s) => s.reason === 'already-applied')).toBe(true);
    const dup = applyStatements(fresh(), [...batch, ...batch], opts);
    expect(dup.state).toEqual(once.state);
  });

  it('gives the same XP, counts, lessons and streak whatever the arrival order', () => {
    const inOrder = applyStatements(fresh(), batch, opts).state;
    const lateSync = applyStatements(applyStatements(fresh(), batch.slice(dayTwo), opts).state, batch.slice(0, dayTwo), opts).state;
    for (const key of ['xp', 'answered', 'correct', 'completedLessons', 'perfectQuizzes', 'activeDays', 'streak', 'questionXpDays', 'dayAnswers'] as const) {
      expect(lateSync[key]).toEqual(inOrder[key]);
    }
    expect(applyStatements(fresh(), [...batch].reverse(), opts)).toEqual(applyStatements(fresh(), batch, opts));
  });

  it('does not modify its input and ignores other learners’ statements', () => {
    const before = fresh();
    const snapshot = structuredClone(before);
    const other = answer('q-1', true, '2026-03-09T10:00:00+08:00', 'learner-2');
    const r = applyStatements(before, [...batch, other], opts);
    expect(before).toEqual(snapshot);
    expect(r.skipped).toEqual([{ id: other.id, reason: 'other-learner' }]);
  });
});

describe('levels', () => {
  it('maps XP to levels exactly at the boundaries', () => {
    for (const l of LEVELS) {
      expect(levelForXp(l.minXp).level).toBe(l.level);
      if (l.minXp > 0) expect(levelForXp(l.minXp - 1).level).toBe(l.level - 1);
    }
    expect(levelForXp(0)).toMatchObject({ level: 1, title: '普法新人', nextLevelXp: 100, xpToNext: 100, progress: 0 });
    expect(levelForXp(200)).toMatchObject({ level: 2, title: '学法能手', xpIntoLevel: 100, xpToNext: 100, progress: 0.5 });
    expect(levelForXp(1_000_000)).toMatchObject({ level: LEVELS.length, nextLevelXp: null, xpToNext: 0, progress: 1 });
    expect(levelForXp(-5).level).toBe(1);
    expect(levelForXp(Number.NaN).level).toBe(1);
  });

  it('has ascending thresholds and Chinese titles', () => {
    LEVELS.forEach((l, i) => {
      expect(l.level).toBe(i + 1);
      if (i) expect(l.minXp).toBeGreaterThan(LEVELS[i - 1]!.minXp);
      expect(l.title).toMatch(/^[\u4e00-\u9fff]+$/);
    });
  });

  it('emits a level-up event when XP crosses a threshold', () => {
    // Five first-correct answers (50) and the lesson (50): the fifth answer reaches 100 XP.
    const lesson = sitting('xianfa-jiben', 5, '2026-03-09T10:00:00+08:00');
    const { events, state } = applyStatements(fresh(), lesson, opts);
    expect(state.xp).toBe(100);
    expect(events.filter((e) => e.type === 'level-up')).toEqual([{ type: 'level-up', level: 2, title: '学法能手', statementId: lesson[4]!.id }]);
  });
});
