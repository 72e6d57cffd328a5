import type { FieldAccess } from 'payload';
import { isLearner } from './learners';

/** A field only the learner themself may change (not staff, not another learner): their board name. */
export const ownLearnerField: FieldAccess = ({ req, id, doc }) => {
  if (!isLearner(req.user)) return false;
  const target = id ?? (doc as { id?: string | number } | undefined)?.id;
  return target != null && String(target) === String(req.user.id);
};
