import type { TextFieldSingleValidation } from 'payload';
import { answerFromText } from '../../core/quiz/answer-text';

/** Server-side check that the stored answer fits the question type and its options. */
export const validateAnswerField: TextFieldSingleValidation = (value, { siblingData }) => {
  const data = siblingData as { type?: string; options?: { key?: string }[] };
  const keys = (data.options ?? []).map((o) => o.key ?? '');
  const parsed = answerFromText(value ?? '', data.type ?? '', keys);
  return parsed.ok ? true : parsed.error;
};
