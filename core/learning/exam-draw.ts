import type { QuestionType, QuizQuestion } from '../quiz/types';
import { QUESTION_TYPE_LABELS } from '../vocabulary/learning';
import { augment } from './exam-match';
import { createPrng, shuffled } from './prng';

/** A question in the CMS bank, tagged with the audiences it may be used for (none = any). Law = cite.law. */
export interface BankQuestion extends QuizQuestion {
  audiences: readonly string[];
  /** Topic tags an admin may draw by. */
  tags?: readonly string[];
}

/** "Draw `count` questions matching these fields" — an unset field matches anything. */
export interface ExamRule {
  audience?: string;
  law?: string;
  /** A topic tag (questions' 标签). */
  tag?: string;
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
  /** Ids drawn again although seen in an earlier attempt (only when the pool had too few new ones). */
  repeated?: string[];
}

/** What the browser receives before submission: no answers, explanations, citations or seed. */
export interface ClientExam {
  questionCount: number;
  maxPoints: number;
  questions: { id: string; type: QuestionType; stem: string; options?: { id: string; text: string }[]; points: number }[];
}

/** The rule in the words of the blueprint, e.g. 《食品安全法》单选题 or 标签“宪法宣誓”判断题（难度2）. */
export function describeRule(rule: ExamRule): string {
  const parts = [
    rule.law && `《${rule.law}》`,
    rule.tag && `标签“${rule.tag}”`,
    rule.type ? QUESTION_TYPE_LABELS[rule.type] : '试题',
    rule.difficulty !== undefined && `（难度${rule.difficulty}）`,
  ].filter(Boolean);
  return parts.join('');
}

const matches = (q: BankQuestion, r: ExamRule) =>
  (r.audience === undefined || q.audiences.length === 0 || q.audiences.includes(r.audience)) &&
  (r.law === undefined || q.cite.law === r.law) &&
  (r.tag === undefined || (q.tags ?? []).includes(r.tag)) &&
  (r.type === undefined || q.type === r.type) &&
  (r.difficulty === undefined || q.difficulty === r.difficulty);

/** Problems with the rules themselves (before looking at the bank). */
function ruleErrors(bank: readonly BankQuestion[], rules: readonly ExamRule[]): string[] {
  const errors: string[] = [];
  bank.forEach((q, i) => {
    if (i > 0 && bank[i - 1]!.id === q.id) errors.push(`题库中题目 id 重复：${q.id}`);
  });
  if (!rules.length) errors.push('至少需要一条抽题规则');
  rules.forEach((r, i) => {
    if (!Number.isInteger(r.count) || r.count < 1) errors.push(`第${i + 1}条规则：题数须为正整数`);
    if (r.points !== undefined && !(r.points > 0 && Number.isFinite(r.points))) errors.push(`第${i + 1}条规则：分值须为正数`);
  });
  return errors;
}

/**
 * Draw an exam paper from the bank by a blueprint (rules). Random but reproducible: the same
 * bank (in any order), rules, seen set and seed give the same paper, options included. Each rule
 * gets exactly its count and no question appears twice; overlapping rules are solved as a
 * matching, so the draw fails only when no assignment exists. Questions in `seen` (earlier
 * attempts) are used only when the pool has too few others, and are then listed in
 * `repeated`. A refusal names each short rule in Chinese (admin-facing), e.g.
 * 《食品安全法》单选题需 5 题，题库仅 3 题, with the short rules' indexes in `shortRules`.
 * The paper lists questions in rule order.
 */
export function drawExam(input: {
  bank: readonly BankQuestion[];
  rules: readonly ExamRule[];
  seed: string;
  seen?: Iterable<string>;
}): { ok: true; exam: DrawnExam } | { ok: false; errors: string[]; shortRules?: number[] } {
  const { rules, seed } = input;
  // Sorting by id makes the draw independent of the order the CMS returned the bank in.
  const bank = [...input.bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const invalid = ruleErrors(bank, rules);
  if (invalid.length) return { ok: false, errors: invalid };

  const prng = createPrng(seed);
  const seen = new Set(input.seen ?? []);
  const pools = rules.map((r) => bank.flatMap((q, i) => (matches(q, r) ? [i] : [])));
  // One slot per question to draw; each slot tries its rule's pool in a random order.
  const ruleOfSlot = rules.flatMap((r, i) => Array.from({ length: r.count }, () => i));
  const orders = pools.map((pool) => shuffled(pool, prng));
  const slots = ruleOfSlot.map((i) => orders[i]!);
  const owner = new Map<number, number>();
  const slotOf: (number | undefined)[] = ruleOfSlot.map(() => undefined);
  augment({ slots, allowed: (q) => !seen.has(bank[q]!.id) }, owner, slotOf);
  augment({ slots, allowed: () => true }, owner, slotOf);

  const shortRules = rules.flatMap((_, i) => (ruleOfSlot.some((r, s) => r === i && slotOf[s] === undefined) ? [i] : []));
  if (shortRules.length) {
    const errors = shortRules.map((i) => {
      const rule = rules[i]!;
      const size = pools[i]!.length;
      if (size < rule.count) return `${describeRule(rule)}需 ${rule.count} 题，题库仅 ${size} 题`;
      return `${describeRule(rule)}需 ${rule.count} 题，题库共 ${size} 题，但与其他规则重叠，不足以同时满足`;
    });
    return { ok: false, errors, shortRules };
  }

  const questions = slotOf.map((q, s) => {
    const b = bank[q!]!;
    const options = b.options ? shuffled(b.options, prng).map((o) => ({ ...o })) : undefined;
    return toExamQuestion(b, options, rules[ruleOfSlot[s]!]!.points ?? 1);
  });
  const repeated = questions.filter((q) => seen.has(q.id)).map((q) => q.id);
  return {
    ok: true,
    exam: { seed, questions, maxPoints: questions.reduce((s, q) => s + q.points, 0), ...(repeated.length ? { repeated } : {}) },
  };
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
