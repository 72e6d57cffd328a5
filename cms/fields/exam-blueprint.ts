import type { ArrayFieldValidation } from 'payload';
import { checkBlueprint, type StoredRule } from '../learning/exam-bank';

/**
 * The exam settings' blueprint can be drawn from today's bank for the settings' audience: every
 * rule's count, exactly (the draw checks again at each start). The refusal names each short rule,
 * e.g. 《食品安全法》单选题需 5 题，题库仅 3 题.
 */
export const examBlueprint = (): ArrayFieldValidation => async (value, { req, data }) => {
  const rules = (value ?? []) as StoredRule[];
  if (!rules.length || rules.some((r) => !(Number(r.count) >= 1))) return true; // minRows / required report these
  const audience = (data as { audience?: string }).audience;
  const errors = await checkBlueprint(req.payload, audience, rules);
  return errors.length ? `题库不足以按蓝图组卷：${errors.join('；')}` : true;
};
