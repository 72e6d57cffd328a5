import { APIError, type Endpoint } from 'payload';
import { agencyIdOf, hasRole } from '../../access/roles';
import { MEMBERSHIP_DECIDED, redeemInvitation } from '../../learning/membership';
import { relationId } from '../../relation';
import { bodyOf, json, learnerEndpoint } from './http';

const MEMBERSHIP_LABEL = { confirmed: '已确认成员', pending: '待单位确认' } as const;

/**
 * `POST /api/learners/join {code}`: a signed-in learner joins the code's unit as a confirmed member.
 * `POST /api/learners/:id/membership {action: confirm|reject}`: an admin, or the editor of the
 * learner's unit, confirms a pending member or turns them away (their unit is cleared).
 */
export const membershipEndpoints: Endpoint[] = [
  {
    path: '/join',
    method: 'post',
    handler: learnerEndpoint(async (req, learner) => {
      const body = (await bodyOf(req)) as { code?: unknown } | null;
      const invitation = await redeemInvitation(req, body?.code, `learners:${learner.id}`);
      const unit = relationId(invitation.unit);
      const doc = await req.payload.update({
        collection: 'learners',
        id: learner.id,
        data: { unit, membership: 'confirmed', invitation: invitation.id },
        overrideAccess: true,
        depth: 1,
        req,
        context: { [MEMBERSHIP_DECIDED]: true },
      });
      const unitName = typeof doc.unit === 'object' && doc.unit ? doc.unit.name : '';
      return json({ unit, unitName, membership: 'confirmed', message: `已加入 ${unitName}，你的学时和考试成绩将计入本单位统计。` });
    }),
  },
  {
    path: '/:id/membership',
    method: 'post',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin', 'agency-editor')) throw new APIError('只有单位编辑或普法办可以确认单位成员', 403);
      const body = (await bodyOf(req)) as { action?: unknown } | null;
      const action = body?.action;
      if (action !== 'confirm' && action !== 'reject') throw new APIError('参数无效：action 应为 confirm 或 reject', 400);
      const id = String(req.routeParams?.id ?? '');
      const learner = id ? await req.payload.findByID({ collection: 'learners', id, depth: 0, overrideAccess: true, disableErrors: true }) : null;
      if (!learner) throw new APIError('学员不存在', 404);
      const unit = relationId(learner.unit);
      if (unit == null) throw new APIError('该学员没有申请加入任何单位', 400);
      if (!hasRole(req.user, 'admin') && unit !== agencyIdOf(req.user)) throw new APIError('只能确认本单位的学员', 403);
      const data = action === 'confirm' ? { membership: 'confirmed' as const } : { unit: null, membership: null, invitation: null };
      await req.payload.update({ collection: 'learners', id: learner.id, data, overrideAccess: true, depth: 0, req, context: { [MEMBERSHIP_DECIDED]: true } });
      return json({ id: learner.id, membership: data.membership, message: action === 'confirm' ? `已确认为本单位成员（${MEMBERSHIP_LABEL.confirmed}）` : '已拒绝加入申请，该学员不再属于本单位' });
    },
  },
];
