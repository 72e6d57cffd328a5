import type { AnswerKey } from './types';

/**
 * Parse an answer key as typed by staff in the CMS ("a", "a,c", "true") against the
 * question's type and option keys. Returns a readable Chinese error for the admin form.
 */
export function answerFromText(
  text: string,
  type: string,
  optionKeys: string[],
): { ok: true; answer: AnswerKey } | { ok: false; error: string } {
  const raw = text.trim();
  if (type === 'truefalse') {
    if (raw === 'true' || raw === 'false') return { ok: true, answer: raw === 'true' };
    return { ok: false, error: '判断题答案须为 true 或 false' };
  }
  const keys = raw.split(/[,，\s]+/).filter(Boolean);
  const unknown = keys.filter((k) => !optionKeys.includes(k));
  if (unknown.length) return { ok: false, error: `答案中的选项不存在：${unknown.join(', ')}` };
  if (type === 'single') {
    return keys.length === 1 ? { ok: true, answer: keys[0]! } : { ok: false, error: '单选题须恰好一个答案' };
  }
  if (type === 'multiple') {
    if (keys.length < 2) return { ok: false, error: '多选题须至少两个答案' };
    return { ok: true, answer: [...new Set(keys)].sort() };
  }
  return { ok: false, error: `未知题型：${type}` };
}

/** The inverse of answerFromText, for storing a content-file answer in the CMS. */
export function answerToText(answer: AnswerKey): string {
  if (typeof answer === 'boolean') return String(answer);
  return Array.isArray(answer) ? [...answer].sort().join(',') : answer;
}
