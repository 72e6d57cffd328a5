import { APIError, type Endpoint } from 'payload';
import { reviseList } from '../../../../core/agency/workflow';
import { actorOf, coreListOf } from '../to-core';
import { versionsOf, visibleRecord } from '../../../agency/versions';

/**
 * POST /api/responsibility-lists/:id/revise — starts version + 1 as a draft copy of the newest
 * published version; the published one stays public until the new one is published.
 */
export const reviseListEndpoint: Endpoint = {
  path: '/:id/revise',
  method: 'post',
  handler: async (req) => {
    const actor = actorOf(req.user);
    if (!actor) throw new APIError('请先登录', 401);
    const doc = await visibleRecord(req, 'responsibility-lists');
    if (!doc) throw new APIError('清单不存在或无权查看', 404);
    const versions = await versionsOf(req, 'responsibility-lists', doc);
    const result = reviseList(versions.map(coreListOf), actor, new Date());
    if (!result.ok) throw new APIError(result.error, 409);
    const latest = versions.find((v) => v.version === result.list.version - 1)!;
    const items = (latest.items ?? []).map(({ id: _id, ...item }) => item);
    const created = await req.payload.create({
      collection: 'responsibility-lists',
      data: { agency: doc.agency, year: doc.year, version: result.list.version, status: 'draft', history: result.list.history, items, previous: latest.id },
      context: { revision: true },
      overrideAccess: false,
      user: req.user,
      req,
    });
    return Response.json({ id: created.id, version: result.list.version }, { status: 201 });
  },
};
