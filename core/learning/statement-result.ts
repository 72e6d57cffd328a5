// The result part of statement validation, kept apart to keep statements.ts short.

/** Longest free-text response ("a[,]c", "true" …). */
export const MAX_RESPONSE_LENGTH = 2000;
/** Longest believable duration of one activity: 24 hours. */
export const MAX_DURATION_SECONDS = 86_400;
const SCALED_TOLERANCE = 1e-6; // how close scaled must be to raw/max

/** A non-null, non-array object. */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check statement.result for the verb: answers state success; passed/failed carry a score and a
 * success flag that does not contradict the verb; score 0 ≤ raw ≤ max with scaled = raw/max.
 */
export function checkResult(
  result: unknown,
  verb: unknown,
  err: (path: string, msg: string) => void,
  only: (o: Record<string, unknown>, path: string, keys: string[]) => void,
): void {
  const needsScore = verb === 'passed' || verb === 'failed';
  if (result === undefined) {
    if (verb === 'answered') err('result.success', 'an answer must say whether it was correct');
    if (needsScore) err('result.score', `"${verb}" needs a score`);
    return;
  }
  if (!isObj(result)) return err('result', 'must be an object');
  only(result, 'result', ['success', 'score', 'response', 'durationSeconds']);
  if (result.success !== undefined && typeof result.success !== 'boolean') err('result.success', 'must be a boolean');
  if (verb === 'answered' && typeof result.success !== 'boolean') err('result.success', 'an answer must say whether it was correct');
  if (verb === 'passed' && result.success === false) err('result.success', '"passed" with success false');
  if (verb === 'failed' && result.success === true) err('result.success', '"failed" with success true');
  const score = result.score;
  if (score === undefined) {
    if (needsScore) err('result.score', `"${String(verb)}" needs a score`);
  } else if (!isObj(score)) {
    err('result.score', 'must be an object');
  } else {
    only(score, 'result.score', ['raw', 'max', 'scaled']);
    const { raw, max, scaled } = score;
    const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
    if (!num(max) || max <= 0 || max > 10_000) err('result.score.max', 'must be a number in (0, 10000]');
    else if (!num(raw) || raw < 0 || raw > max) err('result.score.raw', 'must be between 0 and max');
    else if (!num(scaled) || Math.abs(scaled - raw / max) > SCALED_TOLERANCE) err('result.score.scaled', 'must equal raw / max');
  }
  if (result.response !== undefined) {
    if (typeof result.response !== 'string') err('result.response', 'must be a string');
    else if (result.response.length > MAX_RESPONSE_LENGTH) err('result.response', `longer than ${MAX_RESPONSE_LENGTH} characters`);
  }
  const d = result.durationSeconds;
  if (d !== undefined && (typeof d !== 'number' || !Number.isFinite(d) || d < 0 || d > MAX_DURATION_SECONDS)) {
    err('result.durationSeconds', `must be between 0 and ${MAX_DURATION_SECONDS}`);
  }
}
