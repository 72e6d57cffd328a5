import { z } from 'zod';
import { AUDIENCES } from '../vocabulary/learning';
import type { QuizFile } from './types';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const option = z.object({
  /** Option id shown as A/B/C…; stable so answers stay valid when text is edited. */
  id: z.string().regex(/^[a-e]$/, '选项编号须为 a–e'),
  /** Option text, unique within the question. */
  text: z.string().trim().min(1),
});

const citation = z.object({
  /** Law slug: the law title without a leading 中华人民共和国, e.g. 民法典. */
  law: z.string().trim().min(1),
  /** Article number as an integer: 第一千零四十二条 → 1042. */
  article: z.number().int().positive(),
  /** Date of the law version the citation was checked against, e.g. 2020-05-28. */
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '版本须为 YYYY-MM-DD 日期').optional(),
});

const question = z
  .object({
    /** Stable id, unique across all quizzes; never renumber. */
    id: z.string().regex(idPattern, '题目 id 须为小写字母、数字和连字符'),
    type: z.enum(['single', 'multiple', 'truefalse']),
    stem: z.string().trim().min(4),
    options: z.array(option).min(3).max(5).optional(),
    /** single: option id; multiple: ≥2 option ids; truefalse: boolean. */
    answer: z.union([z.string(), z.array(z.string()), z.boolean()]),
    /** Shown after answering; should say why, citing the article. */
    explanation: z.string().trim().min(4),
    cite: citation,
    difficulty: z.number().int().min(1).max(3).default(1),
    /** Exam bank only: the audiences an exam may draw this question for; absent = every audience. */
    audiences: z.array(z.enum(AUDIENCES)).min(1).optional(),
  })
  .superRefine((q, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    const ids = (q.options ?? []).map((o) => o.id);
    if (q.type === 'truefalse') {
      if (q.options) problem(`${q.id}: 判断题不应有选项`);
      if (typeof q.answer !== 'boolean') problem(`${q.id}: 判断题答案须为 true 或 false`);
      return;
    }
    if (!q.options) return problem(`${q.id}: 选择题须有 3–5 个选项`);
    if (new Set(ids).size !== ids.length) problem(`${q.id}: 选项编号重复`);
    const texts = q.options.map((o) => o.text.trim());
    if (new Set(texts).size !== texts.length) problem(`${q.id}: 选项内容重复`);
    if (q.type === 'single') {
      if (typeof q.answer !== 'string' || !ids.includes(q.answer)) {
        problem(`${q.id}: 单选题答案须为一个存在的选项编号`);
      }
    } else {
      const answer = q.answer;
      if (!Array.isArray(answer) || answer.length < 2) return problem(`${q.id}: 多选题答案须列出至少两个选项`);
      if (new Set(answer).size !== answer.length) problem(`${q.id}: 多选题答案重复`);
      if (answer.some((a) => !ids.includes(a))) problem(`${q.id}: 多选题答案含不存在的选项`);
      if (answer.length === ids.length) problem(`${q.id}: 多选题答案不能是全部选项（须有干扰项）`);
    }
  });

/** Schema of one quiz file in content/quizzes. The single source of truth for its shape. */
export const quizFileSchema = z
  .object({
    /** Equals the file name without extension. */
    id: z.string().regex(idPattern),
    title: z.string().trim().min(2),
    questions: z.array(question).min(1),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    for (const q of quiz.questions) {
      if (seen.has(q.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `题目 id 重复: ${q.id}` });
      seen.add(q.id);
    }
  });

/** Parse result with every problem as one readable line, for build errors and tests. */
export function parseQuizFile(
  data: unknown,
): { ok: true; quiz: QuizFile } | { ok: false; errors: string[] } {
  const result = quizFileSchema.safeParse(data);
  if (result.success) return { ok: true, quiz: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)),
  };
}
