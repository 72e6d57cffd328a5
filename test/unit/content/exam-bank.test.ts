/**
 * The exam pool is big enough to study for: ≥ 200 questions, enough per audience, ≥ 8 for the main
 * law of every lesson a track teaches, a sensible type mix, and no close copy of a practice question.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLessonFile } from '../../../core/content/lesson-front-matter';
import { AUDIENCES, type Audience } from '../../../core/vocabulary/learning';
import { readQuizFiles } from '../../../cms/seed/quiz-files';
import { EXAM_BANK_DIR } from '../../../cms/seed/question-bank';

const CONTENT = path.resolve('content');

/** Character bigrams of a stem, punctuation dropped: a cheap measure of "the same question reworded". */
const bigrams = (text: string) => {
  const s = [...text].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).join('');
  return new Set(Array.from({ length: Math.max(s.length - 1, 0) }, (_, i) => s.slice(i, i + 2)));
};
const similarity = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
};

describe('exam bank size and spread', async () => {
  const exam = (await readQuizFiles(EXAM_BANK_DIR)).flatMap((f) => f.questions);
  const practice = (await readQuizFiles(path.join(CONTENT, 'quizzes'))).flatMap((f) => f.questions);
  const forAudience = (audience: Audience) => exam.filter((q) => !q.audiences || q.audiences.includes(audience));

  it('holds at least 200 questions, and enough for each audience', () => {
    expect(exam.length).toBeGreaterThanOrEqual(200);
    expect(forAudience('officials').length).toBeGreaterThanOrEqual(100);
    expect(forAudience('students').length).toBeGreaterThanOrEqual(50);
    expect(forAudience('village').length).toBeGreaterThanOrEqual(50);
  });

  it('pins every citation to the law version it was checked against', () => {
    expect(exam.filter((q) => !q.cite.version).map((q) => q.id)).toEqual([]);
  });

  it('mixes the question types roughly 60/20/20', () => {
    const share = (type: string) => exam.filter((q) => q.type === type).length / exam.length;
    expect(share('single')).toBeGreaterThanOrEqual(0.5);
    expect(share('multiple')).toBeGreaterThanOrEqual(0.12);
    expect(share('truefalse')).toBeGreaterThanOrEqual(0.15);
  });

  it('does not put most single-choice keys on one letter', () => {
    const singles = exam.filter((q) => q.type === 'single');
    for (const letter of ['a', 'b', 'c', 'd']) {
      expect(singles.filter((q) => q.answer === letter).length / singles.length, letter).toBeLessThanOrEqual(0.4);
    }
  });

  it('has at least 8 questions open to the track for the main law of every lesson in that track', () => {
    const short: string[] = [];
    for (const file of readdirSync(path.join(CONTENT, 'lessons')).filter((f) => f.endsWith('.mdx'))) {
      const { data } = parseLessonFile(readFileSync(path.join(CONTENT, 'lessons', file), 'utf8'), file);
      const law = data.laws[0];
      if (!law) continue;
      for (const track of data.tracks.filter((t): t is Audience => (AUDIENCES as readonly string[]).includes(t))) {
        const n = forAudience(track).filter((q) => q.cite.law === law).length;
        if (n < 8) short.push(`${file} ${track} 《${law}》 ${n}`);
      }
    }
    expect(short).toEqual([]);
  });

  it('does not reword a practice question closely (practice keys are public)', () => {
    const practiceGrams = practice.map((q) => ({ id: q.id, grams: bigrams(q.stem) }));
    const close = exam.flatMap((q) => {
      const grams = bigrams(q.stem);
      return practiceGrams.filter((p) => similarity(grams, p.grams) >= 0.5).map((p) => `${q.id} ≈ ${p.id}`);
    });
    expect(close).toEqual([]);
  });
});
