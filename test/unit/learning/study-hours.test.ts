import { describe, expect, it } from 'vitest';
import { creditedHours, requiredHours, studyProgress } from '../../../core/learning/study-hours';
import { answer, catalog, keys, quizQuestions, sitting, stmt } from './fixtures';

const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
const opts = { answerKeys: keys };

describe('creditedHours', () => {
  it('credits a lesson’s hours once, on the first mastery in the year', () => {
    const may = sitting('xianfa-jiben', 5, at('2026-05-02'));
    const april = sitting('xianfa-jiben', 4, at('2026-04-01'));
    const june = sitting('xianfa-jiben', 5, at('2026-06-01'));
    const r = creditedHours([...may, ...april, ...june], catalog, 2026, opts);
    expect(r.total).toBe(1);
    // The fourth right answer of 1 April reached 0.8: that answer is the audit trail.
    expect(r.lessons).toEqual([{ lessonId: 'xianfa-jiben', hours: 1, passedAt: april[3]!.timestamp, statementId: april[3]!.id }]);
  });

  it('skips a stored record that holds no statement (written by hand in the admin) instead of failing the report', () => {
    const may = sitting('xianfa-jiben', 5, at('2026-05-02'));
    const empty = {} as (typeof may)[number];
    expect(creditedHours([empty, ...may], catalog, 2026, opts).total).toBe(1);
  });

  it('credits nothing for reading, attempting, failing or a client-reported pass — however long it took', () => {
    const long = { durationSeconds: 80_000 };
    const read = stmt({ verb: 'experienced', type: 'lesson', object: 'xianfa-jiben', at: at('2026-03-01') });
    const attempted = stmt({ verb: 'attempted', type: 'quiz', object: 'xianfa-jiben', at: at('2026-03-01') });
    const failed = sitting('xianfa-jiben', 3, at('2026-03-02'));
    const claimed = stmt({ verb: 'passed', type: 'quiz', object: 'xingzheng-chufa', at: at('2026-03-03'), success: true, score: [6, 6] });
    const noScore = stmt({ verb: 'completed', type: 'quiz', object: 'minfadian-hunyin', at: at('2026-03-03') });
    const lesson = stmt({ verb: 'completed', type: 'lesson', object: 'geren-xinxi', at: at('2026-03-03') });
    const all = [read, attempted, ...failed, claimed, noScore, lesson].map((s) => ({ ...s, result: { ...s.result, ...long } }));
    expect(creditedHours(all, catalog, 2026, opts)).toEqual({ year: 2026, total: 0, lessons: [] });
  });

  it('takes the pass mark as a parameter (default 0.8), with a lesson’s own mark winning', () => {
    const threeOfFive = sitting('xingzheng-chufa', 3, at('2026-03-03'));
    expect(creditedHours(threeOfFive, catalog, 2026, opts).total).toBe(0);
    expect(creditedHours(threeOfFive, catalog, 2026, { ...opts, passMark: 0.6 }).total).toBe(1.5);
    const geren = sitting('geren-xinxi', 4, at('2026-03-03'));
    expect(creditedHours(geren, catalog, 2026, { ...opts, passMark: 0.5 }).total).toBe(0); // lesson needs 100%
    expect(creditedHours(sitting('geren-xinxi', 5, at('2026-03-03')), catalog, 2026, opts).total).toBe(1);
  });

  it('counts by year in the given zone and sums halves without float error', () => {
    const newYearsEve = sitting('minfadian-hunyin', 5, '2026-12-31T18:00:00Z'); // 02:00 on 1 Jan in Shanghai
    expect(creditedHours(newYearsEve, catalog, 2027, opts).total).toBe(0.5);
    expect(creditedHours(newYearsEve, catalog, 2026, opts).total).toBe(0);
    expect(creditedHours(newYearsEve, catalog, 2026, { ...opts, timeZone: 'UTC' }).total).toBe(0.5);
    const many = [
      ...sitting('xianfa-xuanshi', 5, at('2026-03-01')),
      ...sitting('minfadian-hunyin', 5, at('2026-03-02')),
      ...sitting('xingzheng-chufa', 5, at('2026-03-03')),
    ];
    expect(creditedHours(many, catalog, 2026, opts).total).toBe(2.5);
    // Mastery in 2026 does not count for 2027: each year needs its own.
    expect(creditedHours(many, catalog, 2027, opts).total).toBe(0);
    const again = sitting('xianfa-xuanshi', 4, at('2027-01-05'));
    expect(creditedHours([...many, ...again], catalog, 2027, opts).lessons.map((l) => l.lessonId)).toEqual(['xianfa-xuanshi']);
  });

  it('puts mastery at 23:30 on 31 December (Shanghai) in that year, and not in the next', () => {
    const eve = sitting('xianfa-jiben', 5, at('2026-12-31', '23:30:00')); // ends 23:34, 15:34 UTC
    expect(creditedHours(eve, catalog, 2026, opts).lessons).toEqual([{ lessonId: 'xianfa-jiben', hours: 1, passedAt: eve[3]!.timestamp, statementId: eve[3]!.id }]);
    expect(creditedHours(eve, catalog, 2027, opts).total).toBe(0);
    expect(creditedHours(eve, catalog, 2026, { ...opts, timeZone: 'UTC' }).total).toBe(1);
    // In New York it is still 31 December 10:30: 2026 as well, whatever the learner's zone.
    expect(creditedHours(eve, catalog, 2026, { ...opts, timeZone: 'America/New_York' }).total).toBe(1);
  });

  it('splits a sitting across midnight into two days, neither reaching the mark; the new day’s answers then count', () => {
    // 23:58, 23:59 on 31 Dec; 00:00, 00:01, 00:02 on 1 Jan: 2/5 in 2026, 3/5 in 2027.
    const straddle = sitting('xianfa-jiben', 5, at('2026-12-31', '23:58:00'));
    expect(creditedHours(straddle, catalog, 2026, opts).total).toBe(0);
    expect(creditedHours(straddle, catalog, 2027, opts).total).toBe(0);
    // The two questions not yet answered on 1 Jan, answered right that day, complete 1 Jan's first answers: 5/5.
    const rest = quizQuestions('xianfa-jiben').slice(0, 2).map((q) => answer(q, true, at('2027-01-01', '00:10:00')));
    expect(creditedHours([...straddle, ...rest], catalog, 2027, opts).total).toBe(1);
  });

  it('ignores answers to questions of no lesson, and to questions the server holds no key for', () => {
    const loose = ['q-1', 'q-2', 'q-3', 'q-4', 'q-5'].map((q) => answer(q, true, at('2026-03-01')));
    expect(creditedHours(loose, catalog, 2026, opts).total).toBe(0);
    // The lesson's own questions, but with keys that do not list them (an exam pool, a removed question).
    const unkeyed = sitting('xianfa-jiben', 5, at('2026-03-01'));
    expect(creditedHours(unkeyed, catalog, 2026, { answerKeys: {} }).total).toBe(0);
  });
});

describe('requirements and progress', () => {
  const reqs = [
    { audience: 'officials', year: 2026, hours: 40 },
    { audience: 'officials', year: 2027, hours: 45 },
  ];
  it('finds the requirement for an audience and year (0 when none)', () => {
    expect(requiredHours(reqs, 'officials', 2027)).toBe(45);
    expect(requiredHours(reqs, 'students', 2026)).toBe(0);
  });
  it('reports progress, remaining hours and whether the requirement is met', () => {
    expect(studyProgress(12.5, 40)).toEqual({ credited: 12.5, required: 40, remaining: 27.5, percent: 31, met: false });
    expect(studyProgress(39.99, 40)).toMatchObject({ percent: 99, met: false });
    expect(studyProgress(45, 40)).toMatchObject({ remaining: 0, percent: 100, met: true });
    expect(studyProgress(0, 0)).toMatchObject({ percent: 100, met: true });
  });
});
