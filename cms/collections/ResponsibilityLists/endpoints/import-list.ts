import { APIError, type Endpoint } from 'payload';
import { formatImportError, importListRows } from '../../../../core/agency/list-import';
import { latestList } from '../../../../core/agency/workflow';
import { agencyIdOf, hasRole } from '../../../access/roles';
import { readSpreadsheet, SpreadsheetError } from '../../../importer/spreadsheet';
import { readFormBody } from '../../../request-body';
import { cmsItemFromCore } from '../item-mapping';
import { coreListOf } from '../to-core';
import { versionsOf } from '../../../agency/versions';

/** Largest spreadsheet accepted; a 500-row list is well under 1 MB. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Largest request: the file plus the form's boundaries and the year field. */
const MAX_FORM_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/** A field of the form's `_payload` JSON part (how the admin form sends its fields), or undefined. */
function payloadField(form: FormData, name: string): unknown {
  const raw = form.get('_payload');
  if (typeof raw !== 'string') return undefined;
  try {
    return (JSON.parse(raw) as Record<string, unknown> | null)?.[name];
  } catch {
    return undefined;
  }
}

/**
 * POST /api/responsibility-lists/import (multipart: file, year). An agency editor imports their
 * agency's list for a year from .xlsx/.csv. All rows are validated first; on any error nothing
 * is stored and every problem is returned with its Excel row and column (in the 400's
 * `errors[0].data.errors`). A draft or returned
 * list of that year has its items replaced; otherwise a new draft is created.
 */
export const importListEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'agency-editor')) throw new APIError('只有单位编辑可以导入本单位的清单', 403);
    const agency = agencyIdOf(req.user)!;
    // The upload is counted while it streams in: past the bound it is cut off, chunked or not.
    const form = await readFormBody(req as { headers: Headers; body?: ReadableStream<Uint8Array> | null }, MAX_FORM_BYTES);
    const year = Number(form.get('year') ?? payloadField(form, 'year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new APIError('请填写有效的年度', 400);
    const file = form.get('file');
    if (!(file instanceof Blob)) throw new APIError('请选择要导入的 .xlsx 或 .csv 文件', 400);
    if (file.size > MAX_IMPORT_BYTES) throw new APIError(`文件过大（上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）`, 413);

    let rows: string[][];
    try {
      rows = await readSpreadsheet(Buffer.from(await file.arrayBuffer()), (file as File).name ?? '');
    } catch (error) {
      // 413 for a workbook past the inflated-size, row or cell bounds; 400 for one that cannot be read.
      if (error instanceof SpreadsheetError) throw new APIError(error.message, error.status);
      throw error;
    }
    const laws = (await req.payload.find({ collection: 'laws', pagination: false, depth: 0, select: { title: true, slug: true } })).docs;
    const [campaigns, media] = await Promise.all(
      (['campaigns', 'media'] as const).map(async (collection) =>
        (await req.payload.find({ collection, where: { agency: { equals: agency } }, pagination: false, depth: 0, select: {} })).docs.map((d) => String(d.id)),
      ),
    );
    const result = importListRows(rows, { laws: laws.map((l) => ({ title: l.title, slug: l.slug })), year, campaignIds: campaigns, mediaIds: media });
    if (!result.ok) throw new APIError(`表格有 ${result.errors.length} 处问题：${formatImportError(result.errors[0]!)}`, 400, { errors: result.errors });

    const lawIds = new Map(laws.map((l) => [l.slug, l.id]));
    const items = result.items.map((item) => cmsItemFromCore(item, lawIds));
    const versions = await versionsOf(req, 'responsibility-lists', { agency, year });
    const latest = latestList(versions.map((v) => ({ ...coreListOf(v), id: v.id })));
    const existing = latest && versions.find((v) => v.version === latest.version);
    if (existing && existing.status !== 'draft' && existing.status !== 'returned') {
      throw new APIError(`${year}年清单第${existing.version}版已${existing.status === 'published' ? '发布，请先“修订”生成新版本' : '提交审核，不能导入覆盖'}`, 409);
    }
    const saved = existing
      ? await req.payload.update({ collection: 'responsibility-lists', id: existing.id, data: { items }, req, overrideAccess: false, user: req.user })
      : await req.payload.create({ collection: 'responsibility-lists', data: { agency, year, items, status: 'draft' }, req, overrideAccess: false, user: req.user });
    return Response.json({ id: saved.id, items: items.length, replaced: !!existing }, { status: existing ? 200 : 201 });
  },
};
