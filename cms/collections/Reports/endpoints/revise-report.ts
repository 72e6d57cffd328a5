import { APIError, type Endpoint } from 'payload';
import { reviseReport } from '../../../../core/agency/report-workflow';
import { relationKey } from '../../../relation';
import { actorOf } from '../../ResponsibilityLists/to-core';
import type { Report } from '../../../payload-types';
import { CONTENT_FIELDS, type ContentField } from '../hooks/enforce-report-workflow';
import { reportStateOf } from '../to-core';
import { versionsOf, visibleRecord } from '../../../agency/versions';

/**
 * POST /api/reports/:id/revise — starts version + 1 as a draft copy of the newest version,
 * which must be published. The published (and possibly evaluated) version stays as it is and
 * stays public until the new one is reviewed and published; the 评议 is not copied.
 */
export const reviseReportEndpoint: Endpoint = {
  path: '/:id/revise',
  method: 'post',
  handler: async (req) => {
    const actor = actorOf(req.user);
    if (!actor) throw new APIError('请先登录', 401);
    const doc = await visibleRecord(req, 'reports');
    if (!doc) throw new APIError('报告不存在或无权查看', 404);
    if (actor.role !== 'agency-editor' || actor.agencyId !== relationKey(doc.agency)) throw new APIError('只有本单位编辑可以修订报告', 403);
    const versions = await versionsOf(req, 'reports', doc);
    const result = reviseReport(versions.map(reportStateOf), actor, new Date());
    if (!result.ok) throw new APIError(result.error, 409);
    const latest = versions.find((v) => (v.version ?? 1) === result.version - 1)!;
    const text = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, latest[f]])) as Pick<Report, ContentField>;
    const created = await req.payload.create({
      collection: 'reports',
      data: { ...text, agency: doc.agency, year: doc.year, version: result.version, status: 'draft', history: result.history, previous: latest.id },
      context: { revision: true },
      overrideAccess: false,
      user: req.user,
      req,
    });
    return Response.json({ id: created.id, version: result.version }, { status: 201 });
  },
};
