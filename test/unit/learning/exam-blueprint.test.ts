import { describe, expect, it } from 'vitest';
import { drawExam, type BankQuestion, type DrawnExam, type ExamRule } from '../../../core/learning/exam';
import type { QuestionType } from '../../../core/quiz/types';

const question = (id: string, law: string, type: QuestionType, audiences: string[] = [], tags: string[] = []): BankQuestion => ({
  id,
  type,
  stem: `${id} 题干`,
  ...(type === 'truefalse' ? {} : { options: ['a', 'b', 'c'].map((o) => ({ id: o, text: `${id}-${o}` })) }),
  answer: type === 'truefalse' ? true : type === 'single' ? 'a' : ['a', 'b'],
  explanation: '解析',
  cite: { law, article: 1 },
  difficulty: 1,
  audiences,
  tags,
});
const many = (n: number, prefix: string, law: string, type: QuestionType, audiences?: string[], tags?: string[]) =>
  Array.from({ length: n }, (_, i) => question(`${prefix}-${String(i).padStart(2, '0')}`, law, type, audiences, tags));

// An officials' bank: 8 宪法 single, 6 行政许可法 single, 4 行政许可法 multiple, 6 mixed true/false,
// plus students-only questions that an officials' paper must never take.
const bank: BankQuestion[] = [
  ...many(8, 'xf-s', '宪法', 'single', ['officials', 'students'], ['宪法宣誓']),
  ...many(6, 'xk-s', '行政许可法', 'single', ['officials']),
  ...many(4, 'xk-m', '行政许可法', 'multiple', ['officials']),
  ...many(3, 'xf-t', '宪法', 'truefalse', ['officials']),
  ...many(3, 'xk-t', '行政许可法', 'truefalse'),
  ...many(10, 'wc-s', '未成年人保护法', 'single', ['students']),
];
const blueprint: ExamRule[] = [
  { audience: 'officials', law: '宪法', type: 'single', count: 3, points: 5 },
  { audience: 'officials', law: '行政许可法', type: 'single', count: 2, points: 5 },
  { audience: 'officials', law: '行政许可法', type: 'multiple', count: 1, points: 10 },
  { audience: 'officials', type: 'truefalse', count: 2, points: 2 },
];
const paper = (seed: string, seen: string[] = [], rules = blueprint): DrawnExam => {
  const r = drawExam({ bank, rules, seed, seen });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.exam;
};
const lawOf = new Map(bank.map((q) => [q.id, q.cite.law]));
const count = (exam: DrawnExam, law: string, type: QuestionType) => exam.questions.filter((q) => lawOf.get(q.id) === law && q.type === type).length;

describe('blueprint draw', () => {
  it('honours the count per law and type exactly over 300 seeds, for the audience only', () => {
    for (let i = 0; i < 300; i++) {
      const exam = paper(`seed-${i}`);
      expect(exam.questions).toHaveLength(8);
      expect(new Set(exam.questions.map((q) => q.id)).size).toBe(8);
      expect(count(exam, '宪法', 'single')).toBe(3);
      expect(count(exam, '行政许可法', 'single')).toBe(2);
      expect(count(exam, '行政许可法', 'multiple')).toBe(1);
      expect(exam.questions.filter((q) => q.type === 'truefalse')).toHaveLength(2);
      expect(exam.questions.some((q) => q.id.startsWith('wc-'))).toBe(false);
      expect(exam.maxPoints).toBe(3 * 5 + 2 * 5 + 10 + 2 * 2);
      expect(exam.repeated).toBeUndefined();
    }
  });

  it('draws by topic tag', () => {
    const exam = paper('tag', [], [{ audience: 'officials', tag: '宪法宣誓', count: 4 }]);
    expect(exam.questions.every((q) => q.id.startsWith('xf-s-'))).toBe(true);
  });

  it("never repeats a question across a learner's attempts while the pool allows", () => {
    for (let run = 0; run < 50; run++) {
      const seen: string[] = [];
      // 8 宪法 single / 3 per paper, 6 行政许可法 single / 2, 4 multiple / 1, 6 true/false / 2: two papers never overlap.
      for (let attempt = 1; attempt <= 2; attempt++) {
        const exam = paper(`learner-${run}-attempt-${attempt}`, seen);
        expect(exam.questions.filter((q) => seen.includes(q.id))).toEqual([]);
        expect(exam.repeated).toBeUndefined();
        seen.push(...exam.questions.map((q) => q.id));
      }
    }
  });

  it('falls back to seen questions only when the pool is exhausted, and says which', () => {
    const seen: string[] = [];
    for (let attempt = 1; attempt <= 2; attempt++) seen.push(...paper(`a-${attempt}`, seen).questions.map((q) => q.id));
    // Third paper: 宪法 single has 8 - 6 = 2 unseen for 3 places, so exactly one repeat there; the rest stay new.
    const third = paper('a-3', seen);
    expect(third.repeated).toHaveLength(third.questions.filter((q) => seen.includes(q.id)).length);
    const unseenXf = bank.filter((q) => q.id.startsWith('xf-s-') && !seen.includes(q.id)).map((q) => q.id);
    expect(unseenXf).toHaveLength(2);
    expect(third.questions.filter((q) => unseenXf.includes(q.id))).toHaveLength(2);
    expect(third.repeated!.filter((id) => id.startsWith('xf-s-'))).toHaveLength(1);
    expect(count(third, '宪法', 'single')).toBe(3);
  });

  it('solves overlapping rules that a greedy draw could fail', () => {
    // Rule 2 (any 宪法, 3) is the narrower pool only by count; a draw that lets rule 1 take 宪法
    // true/false questions would leave rule 2 short. Every seed must succeed.
    const rules: ExamRule[] = [
      { audience: 'officials', type: 'truefalse', count: 3 },
      { audience: 'officials', law: '宪法', count: 11 },
    ];
    for (let i = 0; i < 100; i++) {
      const exam = paper(`o-${i}`, [], rules);
      expect(exam.questions.slice(0, 3).every((q) => q.id.startsWith('xk-t-'))).toBe(true);
    }
  });
});
