import type { TextFieldSingleValidation } from 'payload';
import { boardNameProblem } from '../../core/learning/board-name';

/**
 * A learner's leaderboard name: empty (the default name is used), or one that fits the learner's
 * audience — a student only a generated nickname. On update Payload merges the stored record
 * into `siblingData`, so a request that sends only this field is checked against the stored audience.
 */
export const boardName = (): TextFieldSingleValidation => (value, { siblingData }) => {
  if (value === null || value === undefined || value === '') return true;
  const audience = (siblingData as { audience?: string }).audience;
  return boardNameProblem(String(value), audience) ?? true;
};
