/**
 * `GET /api/site-builds/status` (staff): what the public site shows now and when a change will
 * be public. `POST /api/site-builds/rebuild` (admins): build and publish now.
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import { publishStatus } from '../../core/publish/scheduler';
import { hasRole, isStaff } from '../access/roles';
import { publishRegistry } from './registry';

/** The reply of the status endpoint. */
export type PublishStatusReply = ReturnType<typeof publishStatus> & { enabled: boolean; building: boolean };

const json = (body: unknown, status = 200) => Response.json(body, { status });

function requireStaff(req: PayloadRequest): void {
  if (!req.user) throw new APIError('请先登录管理后台', 401);
  if (!isStaff(req.user)) throw new APIError('只有工作人员可以查看发布状态', 403);
}

export const siteBuildEndpoints: Endpoint[] = [
  {
    path: '/status',
    method: 'get',
    handler: (req) => {
      requireStaff(req);
      const loop = publishRegistry().loop;
      if (!loop) return json({ enabled: false, building: false, kind: 'unknown' } satisfies PublishStatusReply);
      const state = loop.current;
      return json({ enabled: true, building: state.building !== null, ...publishStatus(state, Date.now()) } satisfies PublishStatusReply);
    },
  },
  {
    path: '/rebuild',
    method: 'post',
    handler: (req) => {
      requireStaff(req);
      if (!hasRole(req.user, 'admin')) throw new APIError('只有管理员（普法办）可以立即重新发布', 403);
      const loop = publishRegistry().loop;
      if (!loop) throw new APIError('本服务器未开启自动发布（PUFA_PUBLISH=off），无法重新发布', 503);
      loop.request('manual');
      return json({ message: '已安排重新发布，公开页面稍后更新' }, 202);
    },
  },
];
