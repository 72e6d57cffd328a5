import type { Endpoint } from 'payload';
import { currentExam, examRules, startExam, submitExam } from '../../learning/exam';
import { bodyOf, json, learnerEndpoint } from './http';

/**
 * /api/exam-attempts/rules (the start screen's facts: no question), /start, /current (the open
 * attempt, to resume on another device), /:id/submit — the annual exam, graded on the server.
 * Extra time is not asked for here: an admin or the unit grants it (exam-accommodations).
 */
export const examEndpoints: Endpoint[] = [
  { path: '/rules', method: 'get', handler: learnerEndpoint(async (req, learner) => json(await examRules(req.payload, learner))) },
  { path: '/start', method: 'post', handler: learnerEndpoint(async (req, learner) => json(await startExam(req.payload, learner), 201)) },
  { path: '/current', method: 'get', handler: learnerEndpoint(async (req, learner) => json({ attempt: await currentExam(req.payload, learner) })) },
  {
    path: '/:id/submit',
    method: 'post',
    handler: learnerEndpoint(async (req, learner) => {
      const body = (await bodyOf(req)) as { responses?: unknown } | undefined;
      return json(await submitExam(req.payload, learner, String(req.routeParams?.id), body?.responses));
    }),
  },
];
