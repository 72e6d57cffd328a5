/**
 * The demo's exam settings fit the committed exam bank: for each audience, three attempts in a row
 * (the demo's limit) draw full papers with no question twice, for many learners. A change to the
 * bank that would make the seed's settings refused, or force repeats, fails here first.
 */
import { describe, expect, it } from 'vitest';
import { drawExam, type BankQuestion } from '../../../core/learning/exam-draw';
import { AUDIENCES } from '../../../core/vocabulary/learning';
import { rulesFor } from '../../../cms/learning/exam-bank';
import { DEMO_BLUEPRINTS } from '../../../cms/seed/exam-settings';
import { EXAM_BANK_DIR } from '../../../cms/seed/question-bank';
import { readQuizFiles } from '../../../cms/seed/quiz-files';

describe('demo exam blueprints against the exam bank', async () => {
  const bank: BankQuestion[] = (await readQuizFiles(EXAM_BANK_DIR)).flatMap((f) => f.questions.map((q) => ({ ...q, audiences: q.audiences ?? [] })));

  it.each(AUDIENCES)('%s: three attempts without a repeat, for 40 learners', (audience) => {
    const rules = rulesFor(DEMO_BLUEPRINTS[audience], audience);
    const questions = rules.reduce((n, r) => n + r.count, 0);
    for (let learner = 0; learner < 40; learner++) {
      const seen: string[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        const drawn = drawExam({ bank, rules, seen, seed: `${audience}-${learner}-${attempt}` });
        if (!drawn.ok) throw new Error(drawn.errors.join('；'));
        expect(drawn.exam.questions).toHaveLength(questions);
        expect(drawn.exam.repeated).toBeUndefined();
        seen.push(...drawn.exam.questions.map((q) => q.id));
      }
    }
  });
});
