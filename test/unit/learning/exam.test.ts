import { describe, expect, it } from 'vitest';
import { drawExam, gradeExam, toClientExam, type BankQuestion, type DrawnExam, type ExamRule } from '../../../core/learning/exam';
import type { QuestionType } from '../../../core/quiz/types';

function q(id: string, law: string, type: QuestionType, difficulty: number, audiences = ['officials']): BankQuestion {
  const options = type === 'truefalse' ? undefined : ['a', 'b', 'c', 'd'].map((o) => ({ id: o, text: `${id} 选项 ${o}` }));
  const answer = type === 'truefalse' ? true : type === 'single' ? 'b' : ['a', 'c'];
  return { id, type, stem: `${id} 题干内容`, options, answer, explanation: `${id} 解析：依照法律规定`, cite: { law, article: 1 }, difficulty, audiences };
}

const bank: BankQuestion[] = [
  ...Array.from({ length: 8 }, (_, i) => q(`xf-s-${i}`, '宪法', 'single', 1 + (i % 2))),
  ...Array.from({ length: 4 }, (_, i) => q(`xf-m-${i}`, '宪法', 'multiple', 2)),
  ...Array.from({ length: 6 }, (_, i) => q(`mf-t-${i}`, '民法典', 'truefalse', 1, ['officials', 'village'])),
  ...Array.from({ length: 3 }, (_, i) => q(`wc-s-${i}`, '未成年人保护法', 'single', 1, ['students'])),
];
const rules: ExamRule[] = [
  { audience: 'officials', law: '宪法', type: 'single', count: 5, points: 4 },
  { audience: 'officials', law: '宪法', type: 'multiple', difficulty: 2, count: 2, points: 6 },
  { audience: 'officials', type: 'truefalse', count: 4, points: 2 },
];
const draw = (seed: string, b = bank, r = rules): DrawnExam => {
  const result = drawExam({ bank: b, rules: r, seed });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.exam;
};

describe('drawExam', () => {
  it('draws the counts each rule asks for, from matching questions, without duplicates', () => {
    const exam = draw('2026-officials-learner-1-attempt-1');
    const ids = exam.questions.map((x) => x.id);
    expect(ids).toHaveLength(11);
    expect(new Set(ids).size).toBe(11);
    expect(ids.slice(0, 5).every((id) => id.startsWith('xf-s-'))).toBe(true);
    expect(ids.slice(5, 7).every((id) => id.startsWith('xf-m-'))).toBe(true);
    expect(ids.slice(7).every((id) => id.startsWith('mf-t-'))).toBe(true);
    expect(exam.maxPoints).toBe(5 * 4 + 2 * 6 + 4 * 2);
    expect(exam.questions[0]).not.toHaveProperty('audiences');
  });

  it('is reproducible from the seed (options too), whatever order the bank comes in', () => {
    const a = draw('seed-A');
    expect(draw('seed-A', [...bank].reverse())).toEqual(a);
    const others = ['seed-B', 'seed-C', 'seed-D'].map((s) => draw(s).questions.map((x) => x.id).join());
    expect(others.some((ids) => ids !== a.questions.map((x) => x.id).join())).toBe(true);
  });

  it('varies the draw across seeds (every eligible single-choice question shows up over 50 seeds)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) for (const x of draw(`s-${i}`).questions) seen.add(x.id);
    for (let i = 0; i < 8; i++) expect(seen).toContain(`xf-s-${i}`);
  });

  it('shuffles option order but keeps option ids, so the key stays valid', () => {
    const exam = draw('options');
    for (const x of exam.questions.filter((y) => y.options)) {
      expect(x.options!.map((o) => o.id).sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(x.options!.find((o) => o.id === 'b')!.text).toBe(`${x.id} 选项 b`);
    }
    const orders = new Set(Array.from({ length: 20 }, (_, i) => draw(`o-${i}`).questions[0]!.options!.map((o) => o.id).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('fills narrow rules first so a broad rule does not starve them', () => {
    const broadFirst: ExamRule[] = [
      { audience: 'officials', count: 10 }, // 18 officials questions in all
      { law: '宪法', type: 'multiple', count: 4 },
    ];
    const exam = draw('broad', bank, broadFirst);
    expect(exam.questions.slice(10).map((x) => x.type)).toEqual(['multiple', 'multiple', 'multiple', 'multiple']);
  });

  it('refuses in Chinese, naming each short rule by law and type', () => {
    const r = drawExam({ bank, rules: [{ audience: 'students', law: '宪法', count: 1 }, { audience: 'village', type: 'truefalse', count: 7 }], seed: 'x' });
    expect(r).toEqual({ ok: false, errors: ['《宪法》试题需 1 题，题库仅 0 题', '判断题需 7 题，题库仅 6 题'], shortRules: [0, 1] });
    const food = drawExam({ bank, rules: [rules[0]!, { law: '食品安全法', type: 'single', count: 5 }], seed: 'x' });
    expect(food).toEqual({ ok: false, errors: ['《食品安全法》单选题需 5 题，题库仅 0 题'], shortRules: [1] });
    const overlap = drawExam({ bank, rules: [{ type: 'truefalse', count: 4 }, { law: '民法典', count: 4 }], seed: 'x' });
    expect(overlap.ok).toBe(false);
    if (!overlap.ok) expect(overlap.errors.join()).toMatch(/与其他规则重叠/);
  });

  it('rejects bad rules and duplicate bank ids', () => {
    expect(drawExam({ bank, rules: [], seed: 'x' })).toEqual({ ok: false, errors: ['至少需要一条抽题规则'] });
    expect(drawExam({ bank, rules: [{ count: 0 }, { count: 1, points: -1 }], seed: 'x' })).toEqual({
      ok: false,
      errors: ['第1条规则：题数须为正整数', '第2条规则：分值须为正数'],
    });
    expect(drawExam({ bank: [...bank, bank[0]!], rules, seed: 'x' })).toEqual({ ok: false, errors: ['题库中题目 id 重复：xf-s-0'] });
  });
});

describe('toClientExam', () => {
  const exam = draw('client');
  const client = toClientExam(exam);
  const json = JSON.stringify(client);

  it('contains no answer keys, explanations, citations or seed in its serialized form', () => {
    for (const banned of ['"answer"', '"explanation"', '"cite"', '"seed"', '"difficulty"', '"audiences"', '解析']) {
      expect(json).not.toContain(banned);
    }
    const keys = new Set<string>();
    JSON.parse(json, (k, v) => (keys.add(k), v));
    expect([...keys].filter((k) => k && !/^\d+$/.test(k)).sort()).toEqual(['id', 'maxPoints', 'options', 'points', 'questionCount', 'questions', 'stem', 'text', 'type']);
  });

  it('keeps what the learner needs: stems, options in drawn order, points', () => {
    expect(client.questionCount).toBe(exam.questions.length);
    expect(client.questions[0]).toEqual({ id: exam.questions[0]!.id, type: 'single', stem: exam.questions[0]!.stem, options: exam.questions[0]!.options, points: 4 });
    expect(client.questions.at(-1)).not.toHaveProperty('options');
  });
});

describe('gradeExam', () => {
  const exam = draw('grading');
  const correct = Object.fromEntries(exam.questions.map((x) => [x.id, x.answer]));

  it('grades with points, full marks for the key and no partial credit on multiple choice', () => {
    const full = gradeExam(exam, correct);
    expect(full.ok && full.result).toMatchObject({ correct: 11, total: 11, points: 40, maxPoints: 40, percent: 100 });
    const multi = exam.questions.find((x) => x.type === 'multiple')!;
    const partial = gradeExam(exam, { ...correct, [multi.id]: ['a'] });
    expect(partial.ok && partial.result).toMatchObject({ correct: 10, points: 34, percent: 85 });
    const empty = gradeExam(exam, {});
    expect(empty.ok && empty.result).toMatchObject({ correct: 0, points: 0, percent: 0 });
    const nulls = gradeExam(exam, Object.fromEntries(exam.questions.map((x) => [x.id, null])));
    expect(nulls.ok).toBe(true);
  });

  it('rejects malformed submissions as a whole, listing each problem', () => {
    const single = exam.questions.find((x) => x.type === 'single')!.id;
    const multi = exam.questions.find((x) => x.type === 'multiple')!.id;
    const tf = exam.questions.find((x) => x.type === 'truefalse')!.id;
    const notDrawn = bank.find((b) => !exam.questions.some((x) => x.id === b.id))!.id;
    const r = gradeExam(exam, {
      [single]: ['b'],
      [multi]: ['a', 'a'],
      [tf]: 'true',
      [notDrawn]: 'b',
      'no-such-question': 'a',
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        `${single}: a single-choice question needs one option id`,
        `${multi}: an option is listed twice`,
        `${tf}: a true/false question needs a boolean`,
        `${notDrawn}: not a question of this attempt`,
        'no-such-question: not a question of this attempt',
      ],
    });
    expect(gradeExam(exam, { [single]: 'z' })).toEqual({ ok: false, errors: [`${single}: option "z" does not exist`] });
    expect(gradeExam(exam, { [multi]: ['a', 7] }).ok).toBe(false);
    for (const junk of [null, 'a', [], 42]) expect(gradeExam(exam, junk).ok).toBe(false);
    expect(gradeExam(exam, JSON.parse('{"__proto__": {"answer": "b"}}')).ok).toBe(false);
  });
});
