/**
 * /api/class-sessions/…: POST /live (the host page names the class of the live game it just
 * created), POST /homework (assign a quiz set with a deadline), GET /join?code= (what the join
 * page needs; a homework paper without keys), POST /submit (a homework hand-in, graded here),
 * GET /classes (each class's sessions over time), GET /:id/report and /:id/export?format=xlsx|csv.
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import { hasRole } from '../access/roles';
import { enforceRateLimit, refundRateLimit } from '../security/rate-limit';
import { bodyOf, json, learnerOf } from '../collections/learning/http';
import { isJoinCode } from '../../core/classroom/code';
import { assignHomework, joinInfo, submitHomework } from './homework';
import { hostableSet } from './host-check';
import { classTrend, exportReport, readableSession, sessionReport } from './report';
import type { User } from '../payload-types';

const staffHost = (req: PayloadRequest): User => {
  if (!hasRole(req.user, 'admin', 'teacher')) throw new APIError('只有教师或管理员可以管理课堂测验', req.user ? 403 : 401);
  return req.user as User;
};
/** Join-code lookups count per address; one that finds its session gives its count back (no guessing codes). */
const codeLimited = (handler: (req: PayloadRequest) => Promise<Response>) => async (req: PayloadRequest) => {
  enforceRateLimit(req, 'class-code');
  const res = await handler(req);
  refundRateLimit(req, 'class-code');
  return res;
};
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

export const classroomEndpoints: Endpoint[] = [
  {
    path: '/live',
    method: 'post',
    handler: async (req) => {
      const user = staffHost(req);
      const body = (await bodyOf(req)) as { quizSet?: unknown; code?: unknown; className?: unknown } | null;
      const set = await hostableSet(req.payload, user, body?.quizSet);
      if (!isJoinCode(body?.code)) throw new APIError('加入码应为 6 位数字', 400);
      const className = text(body?.className, 40);
      const open = await req.payload.find({ collection: 'class-sessions', where: { and: [{ code: { equals: body.code } }, { status: { equals: 'open' } }, { quizSet: { equals: set.id } }] }, sort: '-startedAt', limit: 1, depth: 0, overrideAccess: true });
      const doc = open.docs[0]
        ? await req.payload.update({ collection: 'class-sessions', id: open.docs[0].id, data: { className }, overrideAccess: true, depth: 0 })
        : await req.payload.create({
            collection: 'class-sessions',
            data: { title: set.title, quizSet: set.id, school: set.school, host: user.id, className, mode: 'live', code: body.code, status: 'open', scoring: set.scoring, timeLimitSeconds: set.timeLimitSeconds, startedAt: new Date().toISOString(), questions: set.questions },
            overrideAccess: true,
            depth: 0,
          });
      return json({ id: doc.id, code: doc.code, className: doc.className });
    },
  },
  {
    path: '/homework',
    method: 'post',
    handler: async (req) => json(await assignHomework(req.payload, staffHost(req), ((await bodyOf(req)) ?? {}) as object), 201),
  },
  { path: '/join', method: 'get', handler: codeLimited(async (req) => json(await joinInfo(req.payload, req.searchParams.get('code')))) },
  { path: '/submit', method: 'post', handler: codeLimited(async (req) => json(await submitHomework(req.payload, await bodyOf(req), learnerOf(req)))) },
  {
    path: '/classes',
    method: 'get',
    handler: async (req) => (staffHost(req), json(await classTrend(req.payload, req.user, req.searchParams.get('className')))),
  },
  {
    path: '/:id/report',
    method: 'get',
    handler: async (req) => {
      const session = await readableSession(req.payload, req.user, req.routeParams?.id);
      // The teacher's view: keys are in the report (correct options) once the session is theirs to read.
      const { questions, report: _ended, ...rest } = session;
      return json({ session: { ...rest, questionCount: questions?.length ?? 0 }, report: await sessionReport(req.payload, session) });
    },
  },
  {
    path: '/:id/export',
    method: 'get',
    handler: async (req) => {
      const session = await readableSession(req.payload, req.user, req.routeParams?.id);
      const format = req.searchParams.get('format') ?? 'xlsx';
      if (format !== 'xlsx' && format !== 'csv') throw new APIError('format 应为 xlsx 或 csv', 400);
      const sheet = req.searchParams.get('sheet') === 'questions' ? 'questions' : 'students';
      const { body, contentType } = await exportReport(await sessionReport(req.payload, session), format, sheet);
      return new Response(new Uint8Array(body), { headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="class-session-${session.id}.${format}"` } });
    },
  },
];
