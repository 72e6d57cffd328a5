import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import { toXapiJson } from '../../../core/learning/statements';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { safeRows } from '../../../core/export/safe-cell';
import { agencyIdOf, hasRole } from '../../access/roles';
import { dashboardFor } from '../../learning/dashboard';
import { leaderboard } from '../../learning/leaderboard';
import { statementsOf } from '../../learning/learner-records';
import { type DocId, relationId } from '../../relation';
import { syncStatements } from '../../learning/sync';
import { publicSiteBase, publicUrl } from '../../site-url';
import { unitReport, unitStatements } from '../../learning/unit-report';
import { isDocumentId } from '../../security/api-input';
import { isAudience } from '../../../core/vocabulary/learning';
import { bodyOf, json, learnerEndpoint, learnerOf } from './http';

// Activity ids and the account home page name the configured public site, not the request's host.
const xapiLinks = () => ({ activityBase: publicUrl('/xapi/activities/'), homePage: publicSiteBase() });

/**
 * /api/learners/sync, /dashboard, /export (learner), /leaderboard (one board per audience: anyone
 * for the city board, the learner for their unit's; students' only city-wide), /unit-report (CSV or JSON) and /unit-export (xAPI) for an agency
 * editor's own unit, a teacher's own school, or any unit for an admin.
 */
export const learnerEndpoints: Endpoint[] = [
  {
    path: '/sync',
    method: 'post',
    handler: learnerEndpoint(async (req, learner) => json(await syncStatements(req.payload, learner, await bodyOf(req)))),
  },
  {
    path: '/dashboard',
    method: 'get',
    handler: learnerEndpoint(async (req, learner) => json(await dashboardFor(req.payload, learner))),
  },
  {
    path: '/export',
    method: 'get',
    handler: learnerEndpoint(async (req, learner) => {
      const body = JSON.stringify(toXapiJson(await statementsOf(req.payload, learner.id), xapiLinks()), null, 2);
      return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="pufa-xapi.json"' } });
    }),
  },
  {
    path: '/leaderboard',
    method: 'get',
    handler: async (req) => {
      const learner = learnerOf(req);
      const scope = req.searchParams.get('scope') ?? 'city';
      const period = req.searchParams.get('period') ?? 'week';
      if ((scope !== 'city' && scope !== 'unit') || (period !== 'week' && period !== 'all-time')) {
        throw new APIError('参数无效：scope 应为 city 或 unit，period 应为 week 或 all-time', 400);
      }
      const audience = req.searchParams.get('audience') ?? learner?.audience ?? 'officials';
      if (!isAudience(audience)) throw new APIError('参数无效：audience 应为 officials、students 或 village', 400);
      // A student's school is not shown anywhere public: the students' board is city-wide only.
      if (scope === 'unit' && audience === 'students') throw new APIError('学生排行榜只有全市榜，不按学校排名', 400);
      if (scope === 'unit' && !learner) throw new APIError('登录学员账号后可以查看本单位排行榜', 401);
      if (scope === 'unit' && learner?.unit == null) throw new APIError('你的账号还没有填写所在单位', 400);
      return json(await leaderboard(req.payload, { scope, period, audience, unit: relationId(learner?.unit), viewer: learner }));
    },
  },
  {
    path: '/unit-report',
    method: 'get',
    handler: unitEndpoint(async (req, unit) => {
      const report = await unitReport(req.payload, unit, Number(req.searchParams.get('year') ?? new Date().getFullYear()));
      if (req.searchParams.get('format') !== 'csv') return json(report);
      // Names are chosen by learners: safeRows keeps `=HYPERLINK(…)` and the like as text.
      const csv = stringifyCsv(safeRows([
        ['姓名', '学习路径', '已修学时', '应修学时', '考试最高分', '考试通过', '证书验证码'],
        ...report.rows.map((r) => [r.name, r.audience, r.hours, r.requiredHours, r.bestScore ?? '', r.passed ? '是' : '否', r.certificate ?? '']),
      ]));
      return new Response(`\ufeff${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="unit-report.csv"' } });
    }),
  },
  {
    path: '/unit-export',
    method: 'get',
    handler: unitEndpoint(async (req, unit) => {
      const body = JSON.stringify(toXapiJson(await unitStatements(req.payload, unit), xapiLinks()), null, 2);
      return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="pufa-xapi-unit-${unit}.json"` } });
    }),
  },
];

/**
 * A unit-level endpoint: admins name the unit (`?unit=`), an agency editor or a teacher always
 * gets their own agency (a teacher's school) whatever they ask for; everyone else is refused.
 */
function unitEndpoint(handler: (req: PayloadRequest, unit: DocId | string) => Promise<Response>) {
  return async (req: PayloadRequest) => {
    const unit = hasRole(req.user, 'admin') ? req.searchParams.get('unit') : agencyIdOf(req.user);
    if (!hasRole(req.user, 'admin', 'agency-editor', 'teacher') || unit == null || unit === '') throw new APIError('只有单位编辑、本校教师或管理员可以查看本单位学员统计（管理员请用 ?unit= 指定单位）', 403);
    // An admin's ?unit= is free text: not an id, or no such agency, is a 404 (it was a 500).
    const exists = isDocumentId(String(unit), req.payload.db.defaultIDType) && (await req.payload.count({ collection: 'agencies', where: { id: { equals: unit } }, overrideAccess: true })).totalDocs > 0;
    if (!exists) throw new APIError(`单位不存在：${String(unit).slice(0, 40)}`, 404);
    return handler(req, unit);
  };
}
