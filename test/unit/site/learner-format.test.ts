/** Pure parts of the learner custom elements: the exam countdown, answer labels, DOM-free helpers. */
import { describe, expect, it } from 'vitest';
import { answerLabel, clock, letter } from '../../../site/scripts/learner/exam-format';
import type { PaperQuestion } from '../../../core/learning/replies';

const question: PaperQuestion = {
  id: 'q1',
  type: 'multiple',
  stem: '题干',
  points: 2,
  options: [
    { id: 'c', text: '第一项' },
    { id: 'a', text: '第二项' },
    { id: 'b', text: '第三项' },
  ],
};

describe('exam countdown', () => {
  it('shows minutes and seconds, hours only when needed, never below zero', () => {
    expect(clock(65)).toBe('01:05');
    expect(clock(3725)).toBe('1:02:05');
    expect(clock(0.2)).toBe('00:01');
    expect(clock(-5)).toBe('00:00');
  });
});

describe('answer labels', () => {
  it('letters options by displayed position, not by option id', () => {
    expect(answerLabel(question, ['a', 'b'])).toBe('B. 第二项；C. 第三项');
    expect(answerLabel(question, 'c')).toBe('A. 第一项');
  });

  it('reads true/false, unanswered and unknown ids plainly', () => {
    expect(answerLabel(undefined, true)).toBe('正确');
    expect(answerLabel(undefined, false)).toBe('错误');
    expect(answerLabel(question, null)).toBe('未作答');
    expect(answerLabel(question, [])).toBe('未作答');
    expect(answerLabel(question, 'z')).toBe('z');
  });

  it('letters from 0', () => {
    expect([0, 1, 25].map(letter)).toEqual(['A', 'B', 'Z']);
  });
});
