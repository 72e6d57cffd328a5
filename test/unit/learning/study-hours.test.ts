import { describe, expect, it } from 'vitest';
import { creditedHours, requiredHours, studyProgress } from '../../../core/learning/study-hours';
import { catalog, quiz, stmt } from './fixtures';

const at = (day: string) => `${day}T10:00:00+08:00`;

describe('creditedHours', () => {
  it('credits a lesson’s hours once, on the first pass in the year', () => {
    const passes = [quiz('xianfa-jiben', 5, 5, at('2026-05-02')), quiz('xianfa-jiben', 4, 5, at('2026-04-01')), quiz('xianfa-jiben', 5, 5, at('2026-06-01'))];
    const r = creditedHours(passes, catalog, 2026);
    expect(r.total).toBe(1);
    expect(r.lessons).toEqual([{ lessonId: 'xianfa-jiben', hours: 1, passedAt: at('2026-04-01'), statementId: passes[1]!.id }]);
  });

  it('credits nothing for reading, attempting, failing or a pass below the mark — however long it took', () => {
    const long = { durationSeconds: 80_000 };
    const read = stmt({ verb: 'experienced', type: 'lesson', object: 'xianfa-jiben', at: at('2026-03-01') });
    const attempted = stmt({ verb: 'attempted', type: 'quiz', object: 'xianfa-jiben', at: at('2026-03-01') });
    const failed = quiz('xianfa-jiben', 3, 5, at('2026-03-02'));
    const lowPass = stmt({ verb: 'passed', type: 'quiz', object: 'xingzheng-chufa', at: at('2026-03-03'), score: [7, 10] });
    const noScore = stmt({ verb: 'completed', type: 'quiz', object: 'minfadian-hunyin', at: at('2026-03-03') });
    const all = [read, attempted, failed, lowPass, noScore].map((s) => ({ ...s, result: { ...s.result, ...long } }));
    expect(creditedHours(all, catalog, 2026)).toEqual({ year: 2026, total: 0, lessons: [] });
  });

  it('takes the pass mark as a parameter (default 0.8), with a lesson’s own mark winning', () => {
    const seventy = quiz('xingzheng-chufa', 7, 10, at('2026-03-03'));
    const passedAt70 = { ...seventy, verb: 'passed' as const };
    expect(creditedHours([passedAt70], catalog, 2026).total).toBe(0);
    expect(creditedHours([passedAt70], catalog, 2026, { passMark: 0.7 }).total).toBe(1.5);
    const geren = stmt({ verb: 'passed', type: 'quiz', object: 'geren-xinxi', at: at('2026-03-03'), score: [9, 10] });
    expect(creditedHours([geren], catalog, 2026, { passMark: 0.5 }).total).toBe(0); // lesson needs 100%
  });

  it('counts by year in the given zone and sums halves without float error', () => {
    const newYearsEve = stmt({ verb: 'passed', type: 'quiz', object: 'minfadian-hunyin', at: '2026-12-31T18:00:00Z', score: [5, 5] });
    expect(creditedHours([newYearsEve], catalog, 2027).total).toBe(0.5); // 02:00 on 1 Jan in Shanghai
    expect(creditedHours([newYearsEve], catalog, 2026, { timeZone: 'UTC' }).total).toBe(0.5);
    const many = [
      stmt({ verb: 'passed', type: 'quiz', object: 'xianfa-xuanshi', at: at('2026-03-01'), score: [5, 5] }),
      stmt({ verb: 'passed', type: 'quiz', object: 'minfadian-hunyin', at: at('2026-03-02'), score: [5, 5] }),
      stmt({ verb: 'passed', type: 'quiz', object: 'xingzheng-chufa', at: at('2026-03-03'), score: [5, 5] }),
    ];
    expect(creditedHours(many, catalog, 2026).total).toBe(2.5);
    // Passing in 2026 does not count for 2027: each year needs its own pass.
    expect(creditedHours(many, catalog, 2027).total).toBe(0);
  });

  it('ignores quizzes that belong to no lesson', () => {
    expect(creditedHours([quiz('unknown-quiz', 5, 5, at('2026-03-01'))], catalog, 2026).total).toBe(0);
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
