import { CODE_PATTERN } from '../live/protocol';

/** A six-digit join code not starting with 0 (the live protocol's CODE_PATTERN); `random` in [0, 1). */
export function joinCode(random: () => number = Math.random): string {
  return String(100_000 + Math.floor(random() * 900_000));
}

/** True for text that is a join code. */
export const isJoinCode = (text: unknown): text is string => typeof text === 'string' && CODE_PATTERN.test(text);
