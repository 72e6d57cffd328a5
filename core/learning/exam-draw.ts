import type { QuestionType, QuizQuestion } from '../quiz/types';
import { createPrng, sample, shuffled } from './prng';

/** A question in the CMS bank, tagged with the audiences it may be used for. Law = cite.law. */
export interface BankQuestion extends QuizQuestion {
  audiences: readonly string[];
}

/** "Draw `count` questions matching these fields" — an unset field matches anything. */
export interface ExamRule {
  audience?: string;
  law?: string;
  type?: QuestionType;
  difficulty?: number;
  count: number;
  /** Points per question drawn by this rule; default 1. */
  points?: number;
}

/** A drawn question: the bank question (options in drawn order) and its points. */
export interface ExamQuestion extends QuizQuestion {
  points: number;
}

/** One drawn exam paper, with keys: server-side only (see toClientExam). */
export interface DrawnExam {
  seed: string;
  questions: ExamQuestion[];
  maxPoints: number;
}

/** What the browser receives before submission: no answers, explanations, citations or seed. */
export interface ClientExam {
  questionCount: number;
  maxPoints: number;
  questions: { id: string; type: QuestionType; stem: string; options?: { id: string; text: string }[]; points: number }[];
}

/** Human-readable rule, for admin-facing messages. */
export function describeRule(rule: ExamRule): string {
  const parts = [
    rule.audience && `对象=${rule.audience}`,
    rule.law && `法律=${rule.law}`,
    rule.type && `题型=${rule.type}`,
    rule.difficulty !== undefined && `难度=${rule.difficulty}`,
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '不限';
}

const matches = (q: BankQuestion, r: ExamRule) =>
  (r.audience === undefined || q.audiences.includes(r.audience)) &&
  (r.law === undefined || q.cite.law === r.law) &&
  (r.type === undefined || q.type === r.type) &&
  (r.difficulty === undefined || q.difficulty === r.difficulty);

/**
 * Draw an exam paper from the bank by rules. Random but reproducible: the same bank (in any
 * order), rules and seed give the same paper, options included. No question appears twice.
 * Rules are filled most-constrained first (smallest pool) so that a broad rule does not take the
 * questions a narrow rule needs; the paper lists questions in rule order. When the bank cannot
 * satisfy a rule the result lists every shortfall in Chinese (admin-facing).
 */
export function drawExam(input: {
  bank: readonly BankQuestion[];
  rules: readonly ExamRule[];
  seed: string;
}): { ok: true; exam: DrawnExam } | { ok: false; errors: string[] } {
  const { rules, seed } = input;
  const errors: string[] = [];
  // Sorting by id makes the draw independent of the order the CMS returned the bank in.
  const bank = [...input.bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  bank.forEach((q, i) => {
    if (i > 0 && bank[i - 1]!.id === q.id) errors.push(`题库中题目 id 重复：${q.id}`);
  });
  if (!rules.length) errors.push('至少需要一条抽题规则');
  rules.forEach((r, i) => {
    if (!Number.isInteger(r.count) || r.count < 1) errors.push(`第${i + 1}条规则：题数须为正整数`);
    if (r.points !== undefined && !(r.points > 0 && Number.isFinite(r.points))) errors.push(`第${i + 1}条规则：分值须为正数`);
  });
  if (errors.length) return { ok: false, errors };

  const pools = rules.map((r) => bank.filter((q) => matches(q, r)));
  const order = rules.map((_, i) => i).sort((a, b) => pools[a]!.length - pools[b]!.length || a - b);
  const prng = createPrng(seed);
  const used = new Set<string>();
  const drawn: ExamQuestion[][] = rules.map(() => []);
  for (const i of order) {
    const rule = rules[i]!;
    const free = pools[i]!.filter((q) => !used.has(q.id));
    if (free.length < rule.count) {
      const taken = pools[i]!.length - free.length;
      errors.push(
        `第${i + 1}条规则（${describeRule(rule)}）需要${rule.count}题，题库中符合条件的仅${pools[i]!.length}题` +
          (taken ? `，其中${taken}题已被其他规则抽走` : ''),
      );
      continue;
    }
    for (const q of sample(free, rule.count, prng)) {
      used.add(q.id);
      const options = q.options ? shuffled(q.options, prng).map((o) => ({ ...o })) : undefined;
      drawn[i]!.push(toExamQuestion(q, options, rule.points ?? 1));
    }
  }
  if (errors.length) return { ok: false, errors };
  const questions = drawn.flat();
  return { ok: true, exam: { seed, questions, maxPoints: questions.reduce((s, q) => s + q.points, 0) } };
}

// Only quiz fields go onto the paper (bank-only tags such as audiences stay in the bank), copied
// so that editing a paper cannot change the bank.
function toExamQuestion(q: BankQuestion, options: QuizQuestion['options'], points: number): ExamQuestion {
  const { id, type, stem, answer, explanation, cite, difficulty } = q;
  const key = Array.isArray(answer) ? [...answer] : answer;
  return { id, type, stem, ...(options ? { options } : {}), answer: key, explanation, cite: { ...cite }, difficulty, points };
}

/**
 * The paper as sent to the browser before submission. Built field by field from an allow-list
 * (never by deleting keys), so a field added to questions later cannot leak by default.
 */
export function toClientExam(exam: DrawnExam): ClientExam {
  return {
    questionCount: exam.questions.length,
    maxPoints: exam.maxPoints,
    questions: exam.questions.map((q) => ({
      id: q.id,
      type: q.type,
      stem: q.stem,
      ...(q.options ? { options: q.options.map((o) => ({ id: o.id, text: o.text })) } : {}),
      points: q.points,
    })),
  };
}
