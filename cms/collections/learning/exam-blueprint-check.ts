import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { checkBlueprint, type StoredRule } from '../../learning/exam-bank';
import type { ExamSetting } from '../../payload-types';

/**
 * Exam settings are saved only when today's bank can fill the blueprint for their audience,
 * every row exactly (the draw checks again at each start). The refusal names each short row, e.g.
 * 第1条规则：《食品安全法》单选题需 5 题，题库仅 3 题 — a message, not a field error, because the
 * admin shows a refusal's message but not an error on a field inside an array row.
 */
export const blueprintFitsBank: CollectionBeforeChangeHook<ExamSetting> = async ({ data, originalDoc, req }) => {
  const doc = { ...originalDoc, ...data };
  const rules = (doc.rules ?? []) as StoredRule[];
  const problems = await checkBlueprint(req.payload, doc.audience, rules);
  if (!problems.length) return data;
  const reasons = problems.map((p) => `第${p.row + 1}条规则：${p.message}`);
  throw new APIError(`题库不足以按抽题蓝图组卷：${reasons.join('；')}`, 400, { reasons });
};
