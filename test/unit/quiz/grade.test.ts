import { describe, expect, it } from 'vitest';
import { answerFromText, answerToText } from '../../../core/quiz/answer-text';
import { gradeQuiz, isCorrect } from '../../../core/quiz/grade';
import type { AnswerKey } from '../../../core/quiz/types';

describe('isCorrect', () => {
  it('matches single, multiple (as a set, no partial credit) and true/false keys', () => {
    expect(isCorrect('b', 'b')).toBe(true);
    expect(isCorrect('b', 'a')).toBe(false);
    expect(isCorrect(['a', 'c'], ['c', 'a'])).toBe(true);
    expect(isCorrect(['a', 'c'], ['a'])).toBe(false);
    expect(isCorrect(['a', 'c'], ['a', 'c', 'd'])).toBe(false);
    expect(isCorrect(['a', 'c'], ['a', 'a'])).toBe(false);
    expect(isCorrect(false, false)).toBe(true);
    expect(isCorrect(false, 'false')).toBe(false);
    expect(isCorrect('a', null)).toBe(false);
    expect(isCorrect(['a', 'b'], 'a')).toBe(false);
  });
});

describe('gradeQuiz', () => {
  const questions = [
    { id: 'q1', answer: 'a' },
    { id: 'q2', answer: ['a', 'b'] },
    { id: 'q3', answer: true },
  ];
  it('scores correct answers and counts unanswered as wrong', () => {
    const score = gradeQuiz(questions, { q1: 'a', q2: ['b', 'a'] });
    expect(score).toMatchObject({ correct: 2, total: 3, percent: 67 });
    expect(score.results.map((r) => r.correct)).toEqual([true, true, false]);
  });
  it('ignores responses to questions that are not in the quiz', () => {
    expect(gradeQuiz(questions, { q1: 'a', q9: 'a' }).correct).toBe(1);
  });
  it('gives 0 for an empty quiz instead of dividing by zero', () => {
    expect(gradeQuiz([], {}).percent).toBe(0);
  });
});

describe('answer text in the CMS', () => {
  it('parses what staff type and round-trips content answers', () => {
    expect(answerFromText('a', 'single', ['a', 'b', 'c'])).toEqual({ ok: true, answer: 'a' });
    expect(answerFromText('c，a', 'multiple', ['a', 'b', 'c'])).toEqual({ ok: true, answer: ['a', 'c'] });
    expect(answerFromText('false', 'truefalse', [])).toEqual({ ok: true, answer: false });
    for (const key of ['b', ['a', 'c'], true] as AnswerKey[]) {
      const type = typeof key === 'boolean' ? 'truefalse' : Array.isArray(key) ? 'multiple' : 'single';
      expect(answerFromText(answerToText(key), type, ['a', 'b', 'c'])).toEqual({ ok: true, answer: key });
    }
  });
  it('explains what is wrong', () => {
    expect(answerFromText('d', 'single', ['a', 'b'])).toEqual({ ok: false, error: '答案中的选项不存在：d' });
    expect(answerFromText('a,b', 'single', ['a', 'b'])).toMatchObject({ ok: false });
    expect(answerFromText('a', 'multiple', ['a', 'b'])).toMatchObject({ ok: false });
    expect(answerFromText('对', 'truefalse', [])).toMatchObject({ ok: false });
  });
});
