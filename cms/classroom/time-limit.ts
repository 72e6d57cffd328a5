import type { NumberFieldSingleValidation } from 'payload';
import { MAX_TIME_LIMIT_SECONDS, MIN_TIME_LIMIT_SECONDS } from '../../core/classroom/types';

/** A question's time limit: whole seconds from 5 to 120, or 0 for none. */
export const validTimeLimit = (value: unknown): value is number =>
  Number.isInteger(value) && ((value as number) === 0 || ((value as number) >= MIN_TIME_LIMIT_SECONDS && (value as number) <= MAX_TIME_LIMIT_SECONDS));

export const TIME_LIMIT_MESSAGE = `每题限时须为 ${MIN_TIME_LIMIT_SECONDS}–${MAX_TIME_LIMIT_SECONDS} 秒的整数，或 0（不限时）`;

export const timeLimit = (): NumberFieldSingleValidation => (value) => (value == null || validTimeLimit(value) ? true : TIME_LIMIT_MESSAGE);
