/**
 * `npm run bench -- exam-draw`: the blueprint draw (core/learning/exam-draw, a matching) on the
 * demo exam bank read from cms/seed/exam-bank, for each audience's demo blueprint: a first
 * attempt, a third (20 questions seen) and an over-asked pool (every question seen). No database.
 */
import { performance } from 'node:perf_hooks';
import { drawExam, type BankQuestion } from '../core/learning/exam-draw';
import { AUDIENCES } from '../core/vocabulary/learning';
import { rulesFor } from '../cms/learning/exam-bank';
import { DEMO_BLUEPRINTS } from '../cms/seed/exam-settings';
import { EXAM_BANK_DIR } from '../cms/seed/question-bank';
import { readQuizFiles } from '../cms/seed/quiz-files';
import { fmt, summarize } from './stats';

const RUNS = 500;
const files = await readQuizFiles(EXAM_BANK_DIR);
const bank: BankQuestion[] = files.flatMap((f) => f.questions.map((q) => ({ ...q, audiences: q.audiences ?? [] })));
console.log(`exam-draw: bank ${bank.length} questions`);

for (const audience of AUDIENCES) {
  const rules = rulesFor(DEMO_BLUEPRINTS[audience], audience);
  const first = drawExam({ bank, rules, seed: 'warm' });
  if (!first.ok) throw new Error(`${audience}: ${first.errors.join('；')}`);
  const seen20: string[] = [];
  for (let i = 0; i < 2; i++) {
    const r = drawExam({ bank, rules, seed: `s${i}`, seen: seen20 });
    if (r.ok) seen20.push(...r.exam.questions.map((q) => q.id));
  }
  const all = bank.map((q) => q.id);
  for (const [label, seen] of [['first attempt', []], ['third attempt (20 seen)', seen20], ['every question seen', all]] as const) {
    const times: number[] = [];
    let repeated = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const r = drawExam({ bank, rules, seed: `${audience}-${i}`, seen });
      times.push(performance.now() - t);
      if (r.ok) repeated = r.exam.repeated?.length ?? 0;
    }
    const s = summarize(times);
    console.log(`exam-draw ${audience} ${label}: median ${fmt(s.median, 2)} ms, p95 ${fmt(s.p95, 2)} ms (n=${s.n}), repeats ${repeated}`);
  }
}
