import type { NumberFieldSingleValidation } from 'payload';
import { number } from 'payload/shared';
import { checkBlueprint, type StoredRule } from '../learning/exam-bank';

/**
 * A blueprint row's 题数 can be drawn from today's bank for the settings' audience, together with
 * the other rows (the draw checks again at each start). The refusal, shown beside the row's count,
 * names the short rule, e.g. 《食品安全法》单选题需 5 题，题库仅 3 题.
 */
export const blueprintRowCount = (): NumberFieldSingleValidation => async (value, options) => {
  const valid = number(value, options);
  if (valid !== true) return valid;
  // The path is ['rules', '<row>', 'count'] (the index as text in the Local API).
  const row = Number(options.path.at(-2));
  const doc = options.data as { audience?: string; rules?: StoredRule[] };
  const rules = doc.rules ?? [];
  // Rows still being typed are reported by their own count field.
  if (!Number.isInteger(row) || rules.some((r) => !(Number(r?.count) >= 1))) return true;
  const problem = (await checkBlueprint(options.req.payload, doc.audience, rules)).find((p) => p.row === row);
  return problem ? `题库不足：${problem.message}` : true;
};
