import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '../../../core/quiz/schema';

const single = {
  id: 'q-01',
  type: 'single',
  stem: '下列哪一项是民法典禁止的行为？',
  options: [
    { id: 'a', text: '包办婚姻' },
    { id: 'b', text: '协议离婚' },
    { id: 'c', text: '婚前财产约定' },
  ],
  answer: 'a',
  explanation: '民法典第一千零四十二条禁止包办婚姻。',
  cite: { law: '民法典', article: 1042 },
  difficulty: 1,
};
const quiz = (...questions: object[]) => ({ id: 'demo-quiz', title: '示例测验', questions });
const errorsOf = (data: unknown) => {
  const r = parseQuizFile(data);
  return r.ok ? [] : r.errors;
};

describe('quiz file schema', () => {
  it('accepts a valid quiz of all three types', () => {
    const result = parseQuizFile(
      quiz(
        single,
        { ...single, id: 'q-02', type: 'multiple', answer: ['a', 'b'] },
        { ...single, id: 'q-03', type: 'truefalse', options: undefined, answer: false },
      ),
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    ['an answer that is not an option', { ...single, answer: 'd' }, /单选题答案/],
    ['duplicate option texts', { ...single, options: [...single.options.slice(0, 2), { id: 'c', text: '包办婚姻' }] }, /选项内容重复/],
    ['duplicate option ids', { ...single, options: [...single.options.slice(0, 2), { id: 'a', text: '别的' }] }, /选项编号重复/],
    ['a multiple-choice answer with one option', { ...single, type: 'multiple', answer: ['a'] }, /至少两个/],
    ['a multiple-choice answer that is every option', { ...single, type: 'multiple', answer: ['a', 'b', 'c'] }, /干扰项/],
    ['true/false with options', { ...single, type: 'truefalse', answer: true }, /不应有选项/],
    ['true/false with a string answer', { ...single, type: 'truefalse', options: undefined, answer: 'true' }, /true 或 false/],
    ['a citation without an article number', { ...single, cite: { law: '民法典' } }, /article/],
    ['an id that is not kebab-case', { ...single, id: 'Q 01' }, /小写字母/],
  ])('rejects %s', (_label, question, message) => {
    expect(errorsOf(quiz(question)).join('\n')).toMatch(message);
  });

  it('rejects duplicate question ids within a quiz', () => {
    expect(errorsOf(quiz(single, single)).join('\n')).toMatch(/题目 id 重复: q-01/);
  });

  it('rejects a quiz with no questions or no title', () => {
    expect(errorsOf(quiz())).not.toEqual([]);
    expect(errorsOf({ id: 'x', questions: [single] })).not.toEqual([]);
  });
});
