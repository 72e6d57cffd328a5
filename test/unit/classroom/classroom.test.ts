/**
 * The classroom rules on their own: bank questions in the live shape (keys as option indexes),
 * homework grading on the server (invalid or missing choices are wrong, multiple choice needs the
 * exact set), join codes, and the report and spreadsheet rows built from stored answers.
 */
import { describe, expect, it } from 'vitest';
import { isJoinCode, joinCode } from '../../../core/classroom/code';
import { gradeHomework } from '../../../core/classroom/homework';
import { toClassQuestion, validChoice, withoutKey } from '../../../core/classroom/questions';
import { classReport, questionRows, studentRows } from '../../../core/classroom/report';

const single = toClassQuestion({ questionId: 's', type: 'single', stem: '根本法是？', options: [{ key: 'a', text: '宪法' }, { key: 'b', text: '规章' }], answer: 'a', explanation: '宪法是根本法。' });
const multiple = toClassQuestion({ questionId: 'm', type: 'multiple', stem: '公民义务？', options: [{ key: 'a', text: '甲' }, { key: 'b', text: '乙' }, { key: 'c', text: '丙' }], answer: 'c,a' });
const tf = toClassQuestion({ questionId: 't', type: 'truefalse', stem: '宪法具有最高法律效力。', answer: 'false' });

describe('questions', () => {
  it('keys become option indexes; true/false is 正确 / 错误; the student view has no key', () => {
    expect(single.correct).toEqual([0]);
    expect(multiple.correct).toEqual([0, 2]);
    expect(tf).toMatchObject({ options: ['正确', '错误'], correct: [1] });
    expect(Object.keys(withoutKey(single)).sort()).toEqual(['id', 'kind', 'options', 'text']);
  });
  it('a choice must name known options, once each, one for single and true/false', () => {
    expect(validChoice(single, [1])).toBe(true);
    for (const bad of [[], [2], [0, 1], [-1], [0.5], '0', null]) expect(validChoice(single, bad)).toBe(false);
    expect(validChoice(multiple, [0, 2])).toBe(true);
    expect(validChoice(multiple, [0, 0])).toBe(false);
  });
  it('throws on a key that names no option (a bank bug, never a wrong grade)', () => {
    expect(() => toClassQuestion({ questionId: 'x', type: 'single', stem: '?', options: [{ key: 'a', text: '甲' }], answer: 'z' })).toThrow('x');
  });
});

describe('homework grading', () => {
  it('grades exact choices only; forged or missing ones are unanswered and wrong', () => {
    const graded = gradeHomework({ questions: [single, multiple, tf], choices: [[0], [2, 0], 'yes'], playerId: 'p', nickname: '甲' });
    expect(graded.map((a) => [a.correct, a.points, a.choice])).toEqual([[true, 1000, [0]], [true, 1000, [0, 2]], [false, 0, []]]);
    expect(gradeHomework({ questions: [multiple], choices: [[0]], playerId: 'p', nickname: '甲' })[0]!.correct).toBe(false);
  });
});

describe('codes', () => {
  it('are six digits never starting with 0', () => {
    expect(joinCode(() => 0)).toBe('100000');
    expect(joinCode(() => 0.999999)).toBe('999999');
    expect(isJoinCode('012345')).toBe(false);
    expect(isJoinCode(joinCode())).toBe(true);
  });
});

describe('report', () => {
  const answers = [
    { playerId: 'a', nickname: '甲', questionIndex: 0, choice: [0], correct: true, points: 1000, timeMs: 2000 },
    { playerId: 'b', nickname: '=cmd', questionIndex: 0, choice: [1], correct: false, points: 0, timeMs: 4000 },
    { playerId: 'a', nickname: '甲', questionIndex: 1, choice: [0, 2], correct: true, points: 1000, timeMs: 1000 },
    { playerId: 'b', nickname: '=cmd', questionIndex: 2, choice: [], correct: false, points: 0, timeMs: null },
  ];
  const report = classReport({ questions: [single, multiple, tf], answers, asked: [0, 1], players: [{ playerId: 'c', nickname: '丙', removed: true }] });

  it('counts each option, right answers and mean time per question; skipped questions count for nobody', () => {
    expect(report.questions[0]).toMatchObject({ distribution: [1, 1], answered: 2, correctCount: 1, meanTimeMs: 3000, skipped: false });
    expect(report.questions[2]).toMatchObject({ skipped: true, answered: 0 });
    expect(report.asked).toBe(2);
  });
  it('ranks students by score with accuracy over the questions asked, players who never answered included', () => {
    expect(report.students.map((s) => [s.nickname, s.score, s.accuracy, s.removed])).toEqual([['甲', 2000, 1, false], ['=cmd', 0, 0, false], ['丙', 0, 0, true]]);
    expect(report.meanAccuracy).toBeCloseTo(1 / 3);
  });
  it('spreadsheet rows: one per student with each answer, one per question with counts per option', () => {
    const students = studentRows(report);
    expect(students[0]!.slice(0, 3)).toEqual(['排名', '昵称', '得分']);
    expect(students[1]).toEqual([1, '甲', 2000, 2, 2, 100, '否', 'A ✓', 'AC ✓', '跳过']);
    expect(students[2]![8]).toBe('未作答');
    expect(questionRows(report)[1]).toEqual([1, '根本法是？', 'A', 2, 1, 50, 3, 1, 1, '']);
  });
});
