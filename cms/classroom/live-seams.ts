/**
 * The live quiz's server seams (core/live/protocol) on Payload: QuizSource reads a quiz set with
 * its keys; HostAuth lets a teacher of the set's school (or an admin) host it, from the staff
 * login cookie of the WebSocket upgrade request; PlayerAuth names a logged-in learner.
 */
import type { Payload } from 'payload';
import type { HostAuth, PlayerAuth, QuizSource } from '../../core/live/protocol';
import { agencyIdOf, hasRole, isStaff } from '../access/roles';
import { isLearner } from '../access/learners';
import { loadQuizSet } from './quiz-set';

type Headers0 = Record<string, string | string[] | undefined>;

/** The account the request's cookie or Authorization header logs in (null for none or a bad token). */
async function userOf(payload: Payload, headers: Headers0): Promise<unknown> {
  const h = new Headers();
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
  try {
    return (await payload.auth({ headers: h })).user ?? null;
  } catch {
    return null;
  }
}

export const payloadQuizSource = (payload: Payload): QuizSource => ({
  async load(quizSetId) {
    const set = await loadQuizSet(payload, quizSetId);
    return set && set.questions.length > 0 ? { title: set.title, questions: set.questions } : null;
  },
});

export const payloadHostAuth = (payload: Payload): HostAuth => ({
  async authorize({ headers, quizSetId }) {
    const user = await userOf(payload, headers);
    if (!isStaff(user) || !hasRole(user, 'admin', 'teacher')) return null;
    const set = await loadQuizSet(payload, quizSetId);
    if (!set) return null;
    if (hasRole(user, 'teacher') && String(agencyIdOf(user)) !== String(set.school)) return null;
    return { hostId: String(user.id), name: user.name };
  },
});

export const payloadPlayerAuth = (payload: Payload): PlayerAuth => ({
  async learnerOf(headers) {
    const user = await userOf(payload, headers);
    return isLearner(user) ? String(user.id) : null;
  },
});
