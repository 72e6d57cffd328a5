import { describe, expect, it } from 'vitest';
import { outsidePractice, type PracticeScope } from '../../../core/learning/statement-scope';
import {
  DEFAULT_OFFLINE_ALLOWANCE_DAYS,
  MAX_CLOCK_SKEW_MS,
  validateStatement,
  validateStatements,
  type ObjectType,
  type ValidateOptions,
} from '../../../core/learning/statements';
import { answer, stmt } from './fixtures';

// What the sync endpoint admits before anything is stored: statements within the offline
// allowance (back-dating would buy past streak days), and only practice objects it publishes.

const NOW = '2026-03-10T08:00:00Z';
const allowance = { offlineAllowanceDays: DEFAULT_OFFLINE_ALLOWANCE_DAYS };
const shifted = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();
const DAY = 86_400_000;
const errorsAt = (timestamp: string, options: ValidateOptions = allowance) => {
  const r = validateStatement(answer('q-1', true, timestamp), NOW, options);
  return r.ok ? [] : r.errors;
};

describe('validateStatement: offline allowance', () => {
  it('is 14 days by default', () => {
    expect(DEFAULT_OFFLINE_ALLOWANCE_DAYS).toBe(14);
  });

  it('accepts a statement exactly at the bound, in any zone, and refuses one a minute older', () => {
    expect(errorsAt(shifted(-14 * DAY))).toEqual([]);
    expect(errorsAt('2026-02-24T16:00:00+08:00')).toEqual([]); // the same instant in Shanghai
    expect(errorsAt(shifted(-14 * DAY - 60_000))).toEqual([
      'timestamp: is older than the 14-day offline allowance (记录超过 14 天未同步，不再计入)',
    ]);
    expect(errorsAt(shifted(-14 * DAY - 1))).toHaveLength(1);
  });

  it('follows the configured number of days', () => {
    expect(errorsAt(shifted(-2 * DAY), { offlineAllowanceDays: 1 })[0]).toMatch(/1-day offline allowance.*1 天未同步/);
    expect(errorsAt(shifted(-30 * DAY), { offlineAllowanceDays: 30 })).toEqual([]);
  });

  it('still refuses future timestamps beyond the clock skew, and allows the skew itself', () => {
    expect(errorsAt(shifted(MAX_CLOCK_SKEW_MS))).toEqual([]);
    expect(errorsAt(shifted(MAX_CLOCK_SKEW_MS + 1000))).toEqual(['timestamp: is in the future (client clock or forgery)']);
  });

  it('is unbounded (but for the platform start) when no allowance is given', () => {
    expect(errorsAt('2021-06-01T00:00:00Z', {})).toEqual([]);
    expect(errorsAt('2019-12-31T00:00:00Z', {})[0]).toMatch(/before 2020/);
  });

  it('applies to every statement of a batch', () => {
    const fresh = answer('q-1', true, shifted(-DAY));
    const stale = answer('q-2', true, shifted(-20 * DAY));
    const r = validateStatements([stale, fresh], NOW, allowance);
    expect(r.valid.map((s) => s.id)).toEqual([fresh.id]);
    expect(r.rejected).toEqual([{ index: 0, errors: [expect.stringMatching(/offline allowance/)] }]);
  });
});

describe('outsidePractice', () => {
  const scope: PracticeScope = {
    questionIds: new Set(['xianfa-jiben-1', 'xianfa-jiben-2']),
    quizIds: new Set(['xianfa-jiben']),
    lessonIds: new Set(['xianfa-jiben', 'geren-xinxi']),
  };
  const about = (type: ObjectType, object: string) => {
    const verb = type === 'question' ? 'answered' : type === 'lesson' ? 'experienced' : 'passed';
    return outsidePractice(stmt({ verb, type, object, at: NOW }), scope);
  };

  it('admits published practice questions, quizzes and lessons', () => {
    expect([about('question', 'xianfa-jiben-1'), about('quiz', 'xianfa-jiben'), about('lesson', 'geren-xinxi')]).toEqual([null, null, null]);
  });

  it('refuses every exam statement, whatever its id', () => {
    for (const id of ['exam-2026', 'xianfa-jiben', 'xianfa-jiben-1']) {
      expect(about('exam', id)).toBe('object: 考试结果只由服务器评定，不接受客户端上报');
    }
    const completed = stmt({ verb: 'completed', type: 'exam', object: 'exam-2026', at: NOW, success: true, score: [100, 100] });
    expect(outsidePractice(completed, scope)).toMatch(/考试/);
  });

  it('refuses unknown ids of each type, including exam questions and ids of another type', () => {
    expect(about('question', 'exam-q-17')).toBe('object.id: 不是已发布的练习题');
    expect(about('question', 'xianfa-jiben')).toBe('object.id: 不是已发布的练习题'); // a quiz id is not a question
    expect(about('quiz', 'unknown-quiz')).toBe('object.id: 不是已发布的练习测验');
    expect(about('quiz', 'geren-xinxi')).toBe('object.id: 不是已发布的练习测验'); // a lesson id, not a quiz
    expect(about('lesson', 'unknown-lesson')).toBe('object.id: 不是已发布的课程');
    expect(about('lesson', 'xianfa-jiben-1')).toBe('object.id: 不是已发布的课程');
  });
});
