import { APIError, type Endpoint } from 'payload';
import { listToRows } from '../../../../core/agency/list-import';
import { INSTRUCTIONS_SHEET, LIST_TEMPLATE, templateInstructionRows } from '../../../../core/agency/list-template';
import { writeSpreadsheet } from '../../../importer/spreadsheet';
import { coreItemFromCms } from '../item-mapping';
import { coreListOf } from '../to-core';
import { visibleRecord } from '../../../agency/versions';

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const download = (body: Buffer, format: 'xlsx' | 'csv', name: string) =>
  new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': CONTENT_TYPE[format],
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}.${format}`,
    },
  });

const formatOf = (req: { searchParams: URLSearchParams }) => (req.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx');

/** GET /api/responsibility-lists/:id/export?format=xlsx|csv — the list in the import template. */
export const exportListEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    // Read with the caller's access: drafts of other agencies stay invisible (404).
    const doc = await visibleRecord(req, 'responsibility-lists');
    if (!doc) throw new APIError('清单不存在或无权查看', 404);
    const laws = (await req.payload.find({ collection: 'laws', pagination: false, depth: 0, select: { slug: true } })).docs;
    const slugs = new Map(laws.map((l) => [String(l.id), l.slug]));
    const list = { ...coreListOf(doc), items: (doc.items ?? []).map((item, i) => coreItemFromCms(item, i, slugs)) };
    const format = formatOf(req);
    return download(await writeSpreadsheet(listToRows(list), format), format, doc.title ?? `普法责任清单-${doc.year}`);
  },
};

/**
 * GET /api/responsibility-lists/import-template — the template headers, ready to fill in and
 * import as downloaded: .xlsx keeps the instructions on a second sheet (填写说明), .csv in a
 * row under the header that the import recognises and skips.
 */
export const importTemplateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    const format = formatOf(req);
    const headers = LIST_TEMPLATE.map((c) => c.header);
    const rows = format === 'csv' ? [headers, LIST_TEMPLATE.map((c) => c.description)] : [headers];
    const extra = [{ name: INSTRUCTIONS_SHEET, rows: templateInstructionRows() }];
    return download(await writeSpreadsheet(rows, format, undefined, extra), format, '普法责任清单导入模板');
  },
};
