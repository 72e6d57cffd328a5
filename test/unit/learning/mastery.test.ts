import { describe, expect, it } from 'vitest';
import { applyStatements, emptyLearnerState, XP_LESSON_COMPLETED } from '../../../core/learning/gamification';
import { type DayAnswers, gradeAnswer, recordGradedAnswer } from '../../../core/learning/mastery';
import { creditedHours } from '../../../core/learning/study-hours';
import type { LessonCatalog } from '../../../core/learning/types';
import { answer, catalog, keys, quiz, quizQuestions, sitting, stmt } from './fixtures';

// "Credit only what the server saw": mastery, XP, streak days and 学时 come only from
// answers the server grades with its own keys. Each test replays a way to get credit without that.

const opts = { timeZone: 'Asia/Shanghai', lessonCatalog: catalog, answerKeys: keys };
const fresh = () => emptyLearnerState('learner-1');
const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
const jiben = quizQuestions('xianfa-jiben');

/** Feed graded answers for one day through recordGradedAnswer; every lesson mastered / quiz perfect on the way. */
function feed(answers: [question: string, correct: boolean][], day = '2026-03-09', lessons: LessonCatalog = catalog, passMark?: number, start: DayAnswers = {}) {
  let dayAnswers = start;
  const mastered: string[] = [];
  const perfect: string[] = [];
  for (const [questionId, correct] of answers) {
    const step = recordGradedAnswer(dayAnswers, { day, questionId, correct }, lessons, passMark);
    dayAnswers = step.dayAnswers;
    mastered.push(...step.mastered.filter((id) => !mastered.includes(id)));
    perfect.push(...step.perfect.filter((id) => !perfect.includes(id)));
  }
  return { dayAnswers, mastered, perfect };
}
const firstN = (n: number, right: number, questions = jiben): [string, boolean][] => questions.slice(0, n).map((q, i) => [q, i < right]);

describe('gradeAnswer', () => {
  it('grades the response with the server key and ignores the client’s success flag', () => {
    const forged = stmt({ verb: 'answered', type: 'question', object: 'q-1', at: at('2026-03-09'), success: true, response: 'b' });
    const modest = stmt({ verb: 'answered', type: 'question', object: 'q-1', at: at('2026-03-09'), success: false, response: 'a' });
    expect(gradeAnswer(forged, keys)).toBe(false);
    expect(gradeAnswer(modest, keys)).toBe(true);
    expect(gradeAnswer(stmt({ verb: 'answered', type: 'question', object: 'q-1', at: at('2026-03-09'), success: true }), keys)).toBe(false);
  });

  it('grades multiple choice as a set (no partial credit) and true/false as booleans', () => {
    const own = { m: { type: 'multiple' as const, answer: ['a', 'c'] }, t: { type: 'truefalse' as const, answer: false } };
    const say = (object: string, response: string) => stmt({ verb: 'answered', type: 'question', object, at: at('2026-03-09'), response });
    expect([say('m', 'c[,]a'), say('m', 'a'), say('m', 'a[,]b[,]c'), say('t', 'false'), say('t', 'true')].map((s) => gradeAnswer(s, own))).toEqual([
      true, false, false, true, false,
    ]);
  });

  it('is undefined for ids without a key (exam, removed, made up, inherited names) and for anything but an answer', () => {
    for (const id of ['exam-2026-1', 'q-404', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(gradeAnswer(answer(id, true, at('2026-03-09')), keys)).toBeUndefined();
    }
    const claimed = stmt({ verb: 'passed', type: 'quiz', object: 'xianfa-jiben', at: at('2026-03-09'), success: true, score: [5, 5], response: 'a' });
    expect(gradeAnswer(claimed, { ...keys, 'xianfa-jiben': { type: 'single', answer: 'a' } })).toBeUndefined();
  });
});

describe('recordGradedAnswer: the mastery rule', () => {
  it('masters at the pass mark over all the quiz’s questions: 4/5 at 0.8 does, 3/5 does not', () => {
    expect(feed(firstN(5, 4)).mastered).toEqual(['xianfa-jiben']);
    expect(feed(firstN(5, 3)).mastered).toEqual([]);
    // The fourth right answer is the one that reaches the mark.
    const three = feed(firstN(3, 3));
    expect(recordGradedAnswer(three.dayAnswers, { day: '2026-03-09', questionId: jiben[3]!, correct: true }, catalog).mastered).toEqual(['xianfa-jiben']);
  });

  it('counts unanswered questions as wrong: 3 right of 3 answered is 3/5', () => {
    expect(feed(firstN(3, 3)).mastered).toEqual([]);
    expect(feed(firstN(4, 4)).mastered).toEqual(['xianfa-jiben']); // 4/5, one unanswered
    expect(feed(firstN(4, 4)).perfect).toEqual([]);
  });

  it('honours a lesson’s own pass mark: geren-xinxi (1) needs 5/5, whatever the default', () => {
    const geren = quizQuestions('geren-xinxi');
    expect(feed(firstN(5, 4, geren), '2026-03-09', catalog, 0.5).mastered).toEqual([]);
    expect(feed(firstN(5, 5, geren))).toMatchObject({ mastered: ['geren-xinxi'], perfect: ['geren-xinxi'] });
    expect(feed(firstN(5, 3), '2026-03-09', catalog, 0.6).mastered).toEqual(['xianfa-jiben']);
  });

  it('compares the mark exactly: 14 of 25 at 0.56 masters although 0.56 × 25 = 14.000000000000002', () => {
    const many = Array.from({ length: 25 }, (_, i) => `many-${i}`);
    const lessons: LessonCatalog = [{ id: 'many', quizId: 'many', questionIds: many, tracks: [], laws: [], hours: 1, passMark: 0.56 }];
    expect(0.56 * 25).toBeGreaterThan(14);
    expect(feed(firstN(25, 14, many), '2026-03-09', lessons).mastered).toEqual(['many']);
    expect(feed(firstN(25, 13, many), '2026-03-09', lessons).mastered).toEqual([]);
  });

  it('keeps only each question’s first answer of the day: a same-day retake changes nothing', () => {
    const failed = feed(firstN(5, 1));
    const retake = feed(firstN(5, 5), '2026-03-09', catalog, undefined, failed.dayAnswers);
    expect(retake).toEqual({ dayAnswers: failed.dayAnswers, mastered: [], perfect: [] });
    const step = recordGradedAnswer(failed.dayAnswers, { day: '2026-03-09', questionId: jiben[1]!, correct: true }, catalog);
    expect(step.dayAnswers).toBe(failed.dayAnswers);
  });

  it('lets a later day count on its own first answers', () => {
    const failed = feed(firstN(5, 1));
    const nextDay = feed(firstN(5, 4), '2026-03-10', catalog, undefined, failed.dayAnswers);
    expect(nextDay.mastered).toEqual(['xianfa-jiben']);
    expect(nextDay.dayAnswers['2026-03-09']).toEqual(failed.dayAnswers['2026-03-09']);
  });

  it('does not modify the record it is given', () => {
    const before = feed(firstN(2, 2)).dayAnswers;
    const snapshot = structuredClone(before);
    recordGradedAnswer(before, { day: '2026-03-09', questionId: jiben[2]!, correct: true }, catalog);
    recordGradedAnswer(before, { day: '2026-03-10', questionId: jiben[0]!, correct: false }, catalog);
    expect(before).toEqual(snapshot);
  });
});

describe('applyStatements credits only graded answers', () => {
  it('gives a client-reported pass (1/1, 6/6, completed 5/5) no XP, lesson, active day, perfect quiz or badge', () => {
    const claims = [
      quiz('xianfa-jiben', 1, 1, at('2026-03-09')),
      quiz('xingzheng-chufa', 6, 6, at('2026-03-10')),
      stmt({ verb: 'completed', type: 'quiz', object: 'geren-xinxi', at: at('2026-03-11'), success: true, score: [5, 5] }),
      stmt({ verb: 'completed', type: 'lesson', object: 'minfadian-hunyin', at: at('2026-03-12') }),
    ];
    const r = applyStatements(fresh(), claims, opts);
    expect(r.state).toMatchObject({ xp: 0, xpByDay: {}, answered: 0, completedLessons: {}, perfectQuizzes: [], activeDays: [], badges: {}, dayAnswers: {} });
    expect(r.events).toEqual([]);
    expect(r.skipped).toEqual([]); // kept on record as applied, but worth nothing
    expect(creditedHours(claims, catalog, 2026, { answerKeys: keys })).toEqual({ year: 2026, total: 0, lessons: [] });
  });

  it('masters nothing with an immediate same-day retake after a failed sitting; the next day’s retake masters', () => {
    const failed = sitting('xianfa-jiben', 1, at('2026-03-09'));
    const retake = sitting('xianfa-jiben', 5, at('2026-03-09', '10:06:00'));
    const sameDay = applyStatements(fresh(), [...failed, ...retake], opts);
    expect(sameDay.state.completedLessons).toEqual({});
    expect(sameDay.state.perfectQuizzes).toEqual([]);
    expect(sameDay.events.filter((e) => e.type === 'lesson-completed' || e.type === 'badge')).toEqual([]);
    expect(creditedHours([...failed, ...retake], catalog, 2026, { answerKeys: keys }).total).toBe(0);

    const tomorrow = sitting('xianfa-jiben', 5, at('2026-03-10'));
    const next = applyStatements(sameDay.state, tomorrow, opts);
    expect(next.state.completedLessons).toEqual({ 'xianfa-jiben': tomorrow[3]!.timestamp });
    expect(next.state.perfectQuizzes).toEqual(['xianfa-jiben']);
    expect(next.events).toContainEqual({ type: 'xp', amount: XP_LESSON_COMPLETED, reason: 'lesson-completed', statementId: tomorrow[3]!.id, objectId: jiben[3] });
    const hours = creditedHours([...failed, ...retake, ...tomorrow], catalog, 2026, { answerKeys: keys });
    expect(hours.lessons).toEqual([{ lessonId: 'xianfa-jiben', hours: 1, passedAt: tomorrow[3]!.timestamp, statementId: tomorrow[3]!.id }]);
  });

  it('ignores a retake synced later but back-dated before the failed sitting of the same day', () => {
    const failed = applyStatements(fresh(), sitting('xianfa-jiben', 1, at('2026-03-09')), opts).state;
    const backDated = sitting('xianfa-jiben', 5, at('2026-03-09', '08:00:00'));
    expect(applyStatements(failed, backDated, opts).state.completedLessons).toEqual({});
  });

  it('skips answers to questions the server has no practice key for (exam, made up): no XP, no day', () => {
    const probes = ['exam-2026-1', 'exam-2026-2', 'q-404'].map((q, i) => answer(q, true, at('2026-03-09', `10:0${i}:00`)));
    const unkeyed = sitting('xianfa-jiben', 5, at('2026-03-10'));
    const withoutLesson = Object.fromEntries(Object.entries(keys).filter(([id]) => !jiben.includes(id)));
    const r = applyStatements(fresh(), [...probes, ...unkeyed], { ...opts, answerKeys: withoutLesson });
    expect(r.skipped).toEqual([...probes, ...unkeyed].map((s) => ({ id: s.id, reason: 'unknown-question' })));
    expect(r.state).toMatchObject({ xp: 0, answered: 0, activeDays: [], completedLessons: {}, dayAnswers: {}, appliedIds: [] });
    expect(r.events).toEqual([]);
  });

  it('gives a forged success (success: true, wrong response) nothing: graded wrong, no lesson', () => {
    const forged = jiben.map((q, i) => stmt({ verb: 'answered', type: 'question', object: q, at: at('2026-03-09', `10:0${i}:00`), success: true, response: 'b' }));
    const r = applyStatements(fresh(), forged, opts);
    expect(r.state).toMatchObject({ xp: 0, answered: 5, correct: 0, completedLessons: {}, perfectQuizzes: [] });
    expect(creditedHours(forged, catalog, 2026, { answerKeys: keys }).total).toBe(0);
  });
});
