import type { Endpoint } from 'payload';
import { currentExam, extendExam, startExam, submitExam } from '../../learning/exam';
import { bodyOf, json, learnerEndpoint } from './http';

/**
 * /api/exam-attempts/start, /current (the open attempt, to resume on another device), /:id/extend,
 * /:id/submit — the annual exam, graded on the server.
 */
export const examEndpoints: Endpoint[] = [
  { path: '/start', method: 'post', handler: learnerEndpoint(async (req, learner) => json(await startExam(req.payload, learner), 201)) },
  { path: '/current', method: 'get', handler: learnerEndpoint(async (req, learner) => json({ attempt: await currentExam(req.payload, learner) })) },
  {
    path: '/:id/extend',
    method: 'post',
    handler: learnerEndpoint(async (req, learner) => json(await extendExam(req.payload, learner, String(req.routeParams?.id)))),
  },
  {
    path: '/:id/submit',
    method: 'post',
    handler: learnerEndpoint(async (req, learner) => {
      const body = (await bodyOf(req)) as { responses?: unknown } | undefined;
      return json(await submitExam(req.payload, learner, String(req.routeParams?.id), body?.responses));
    }),
  },
];
