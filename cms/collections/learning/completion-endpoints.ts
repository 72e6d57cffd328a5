import { APIError, type Endpoint } from 'payload';
import { completionSheet } from '../../../core/learning/completion';
import { agencyIdOf, hasRole } from '../../access/roles';
import { cityCompletion } from '../../learning/city-completion';
import { writeSpreadsheet } from '../../importer/spreadsheet';
import { isDocumentId } from '../../security/api-input';
import { json } from './http';

const CONTENT_TYPE = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };

/**
 * GET /api/learners/city-completion?year=&unit=&format=json|csv|xlsx — each unit's required-study
 * completion and exam pass rate with the learners behind them. The 普法办 (admins, reviewers) sees
 * every unit (or `?unit=`); an agency editor only their own unit, and asking for another is refused.
 */
export const completionEndpoints: Endpoint[] = [
  {
    path: '/city-completion',
    method: 'get',
    handler: async (req) => {
      const asked = req.searchParams.get('unit') || null;
      let unit: string | number | null = asked;
      if (!hasRole(req.user, 'admin', 'reviewer')) {
        const own = agencyIdOf(req.user);
        if (!hasRole(req.user, 'agency-editor') || own == null) throw new APIError('只有普法办（管理员、审核员）和单位编辑可以查看学法完成情况', 403);
        if (asked !== null && asked !== String(own)) throw new APIError('单位编辑只能查看本单位的学法完成情况', 403);
        unit = own;
      }
      // An admin's ?unit= is free text: not an id is a 404, not a database error.
      if (unit !== null && !isDocumentId(String(unit), req.payload.db.defaultIDType)) throw new APIError(`单位不存在：${String(unit).slice(0, 40)}`, 404);
      const year = Number(req.searchParams.get('year') ?? new Date().getFullYear());
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new APIError('参数无效：year 应为年份', 400);
      const units = await cityCompletion(req.payload, year, unit);
      const format = req.searchParams.get('format');
      if (format !== 'csv' && format !== 'xlsx') return json({ year, units });
      // Names are typed by learners: writeSpreadsheet keeps formula-like text as text.
      const body = await writeSpreadsheet(completionSheet(units), format, '学法完成情况');
      return new Response(new Uint8Array(body), {
        headers: { 'Content-Type': CONTENT_TYPE[format], 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`学法完成情况-${year}`)}.${format}` },
      });
    },
  },
];
