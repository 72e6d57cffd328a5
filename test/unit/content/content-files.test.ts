/** Every committed quiz file is valid, ids are unique across files, and every lesson has its quiz. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLessonFile } from '../../../core/content/lesson-front-matter';
import { citationsInMdx } from '../../../core/quiz/citation';
import { readQuizFiles } from '../../../cms/seed/quiz-files';
import { EXAM_BANK_DIR } from '../../../cms/seed/question-bank';

const CONTENT = path.resolve('content');

describe('content files', async () => {
  const quizzes = await readQuizFiles(path.join(CONTENT, 'quizzes'));
  const lessons = readdirSync(path.join(CONTENT, 'lessons')).filter((f) => f.endsWith('.mdx'));

  it('has at least 12 lessons, each with a practice quiz of 5+ questions', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(12);
    for (const file of lessons) {
      const quizId = parseLessonFile(readFileSync(path.join(CONTENT, 'lessons', file), 'utf8'), file).data.quiz;
      const quiz = quizzes.find((q) => q.id === quizId);
      expect(quiz, file).toBeDefined();
      expect(quiz!.questions.length, file).toBeGreaterThanOrEqual(5);
    }
  });

  it('uses question ids that are unique across all quizzes', () => {
    const ids = quizzes.flatMap((q) => q.questions.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites articles in every lesson body', () => {
    for (const file of lessons) {
      expect(citationsInMdx(readFileSync(path.join(CONTENT, 'lessons', file), 'utf8')).length, file).toBeGreaterThanOrEqual(3);
    }
  });

  it('fails with the file name when a quiz file is broken', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'pufa-quiz-'));
    writeFileSync(path.join(dir, 'broken.yaml'), 'id: broken\ntitle: 坏测验\nquestions:\n  - id: broken-01\n    type: single\n');
    await expect(readQuizFiles(dir)).rejects.toThrow(/broken\.yaml/);
  });
});

describe('exam bank files (server-only)', async () => {
  const exam = (await readQuizFiles(EXAM_BANK_DIR)).flatMap((f) => f.questions);
  const practice = (await readQuizFiles(path.join(CONTENT, 'quizzes'))).flatMap((f) => f.questions);

  it('holds enough questions of each type for three different attempts at the seeded rules', () => {
    const count = (type: string) => exam.filter((q) => q.type === type).length;
    // Seeded rules draw 6 single, 2 multiple and 2 true/false questions per attempt.
    expect(count('single')).toBeGreaterThanOrEqual(18);
    expect(count('multiple')).toBeGreaterThanOrEqual(6);
    expect(count('truefalse')).toBeGreaterThanOrEqual(6);
  });

  it('shares no id or stem with the published practice questions', () => {
    const ids = exam.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const practiceIds = new Set(practice.map((q) => q.id));
    const practiceStems = new Set(practice.map((q) => q.stem));
    expect(exam.filter((q) => practiceIds.has(q.id) || practiceStems.has(q.stem)).map((q) => q.id)).toEqual([]);
  });
});
