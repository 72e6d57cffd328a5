/**
 * Spreadsheet rows → list items. The caller reads the CSV/XLSX into a 2D array of strings
 * starting at sheet row 1 (blank rows included, so row numbers match what Excel shows). The
 * header row may follow a title row. The import is all-or-nothing: either every row is valid
 * and all items come back, or nothing is imported and every problem is listed by row.
 */
import { dateParts } from './dates';
import { parseDateCell, parseStatusCell, lawMatcher, splitMulti, uncollectedLawName, MAX_LAW_NAME, UNCOLLECTED_MARK, type LawRef } from './list-cells';
import { columnForHeader, isInstructionRow, LIST_TEMPLATE, type ColumnKey } from './list-template';
import type { ListItem } from './types';

export { listToRows } from './list-export';

/** Most data rows one import accepts. */
export const MAX_IMPORT_ROWS = 500;
/** Longest cell accepted, in characters. */
export const MAX_CELL_LENGTH = 1000;
/** Errors reported before the import stops looking. */
export const MAX_IMPORT_ERRORS = 200;

/** One problem, located as the user sees it in Excel. */
export interface ImportError {
  /** Sheet row number (1-based). */
  row: number;
  /** Template header of the column, or '' for the whole row. */
  column: string;
  message: string;
}

/** What the import checks against. */
export interface ImportOptions {
  /** Laws that may be named (all others are errors). */
  laws: readonly LawRef[];
  /** The list's year; deadlines must fall in it. */
  year?: number;
  /** When given, evidence ids must be among these. */
  campaignIds?: readonly string[];
  mediaIds?: readonly string[];
  /** Sheet row number of `rows[0]` (default 1). */
  firstRowNumber?: number;
}

/** Either all items or only errors, never both. */
export type ImportResult = { ok: true; items: ListItem[] } | { ok: false; errors: ImportError[] };

/** One error as a Chinese line: 第3行「完成时限」：… */
export function formatImportError(e: ImportError): string {
  return e.column ? `第${e.row}行「${e.column}」：${e.message}` : `第${e.row}行：${e.message}`;
}

const HEADER = new Map(LIST_TEMPLATE.map((c) => [c.key, c.header]));
const isBlank = (row: readonly string[] | undefined) => !row || row.every((c) => !String(c ?? '').trim());

/** Imports the rows of one sheet; see the module comment. */
export function importListRows(rows: readonly (readonly string[])[], options: ImportOptions): ImportResult {
  const base = options.firstRowNumber ?? 1;
  const errors: ImportError[] = [];
  const fail = (row: number, key: ColumnKey | '', message: string) => {
    errors.push({ row, column: key ? (HEADER.get(key) ?? '') : '', message });
  };

  // The header is the first of the top 10 rows naming at least three template columns.
  const headerIndex = rows.slice(0, 10).findIndex((r) => r.filter((c) => columnForHeader(String(c ?? ''))).length >= 3);
  if (headerIndex < 0) {
    return { ok: false, errors: [{ row: base, column: '', message: '未找到表头行，请使用普法责任清单模板' }] };
  }
  const headerRow = base + headerIndex;
  const columns: (ColumnKey | undefined)[] = [];
  const seenKeys = new Set<ColumnKey>();
  (rows[headerIndex] ?? []).forEach((raw, i) => {
    const text = String(raw ?? '').trim();
    if (!text) return;
    const c = columnForHeader(text);
    if (!c) errors.push({ row: headerRow, column: text, message: '无法识别的列名' });
    else if (seenKeys.has(c.key))
      errors.push({ row: headerRow, column: text, message: `与其他列重复（都表示“${c.header}”）` });
    else {
      seenKeys.add(c.key);
      columns[i] = c.key;
    }
  });
  for (const c of LIST_TEMPLATE) if (c.required && !seenKeys.has(c.key)) fail(headerRow, c.key, '缺少必需的列');
  if (errors.length) return { ok: false, errors };

  const data = rows
    .map((r, i) => ({ row: base + i, cells: r }))
    .slice(headerIndex + 1)
    .filter((r) => !isBlank(r.cells) && !isInstructionRow(r.cells, columns));
  if (data.length === 0) return { ok: false, errors: [{ row: headerRow, column: '', message: '表头下没有任何条目' }] };
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      errors: [
        { row: headerRow, column: '', message: `条目共${data.length}行，超过上限${MAX_IMPORT_ROWS}行，请分表导入` },
      ],
    };
  }

  const findLaw = lawMatcher(options.laws);
  const knownCampaigns = options.campaignIds && new Set(options.campaignIds);
  const knownMedia = options.mediaIds && new Set(options.mediaIds);
  const items: ListItem[] = [];
  const seqRows = new Map<number, number>();
  const idRows = new Map<string, number>();

  for (const [index, { row, cells }] of data.entries()) {
    if (errors.length >= MAX_IMPORT_ERRORS) break;
    const v: Partial<Record<ColumnKey, string>> = {};
    const tooLong = new Set<ColumnKey>();
    cells.forEach((raw, i) => {
      const text = String(raw ?? '').trim();
      const key = columns[i];
      if (!text) return;
      if (!key) return fail(row, '', `第${i + 1}列有内容但没有列名`);
      if (text.length <= MAX_CELL_LENGTH) v[key] = text;
      else {
        tooLong.add(key);
        fail(row, key, `内容超过${MAX_CELL_LENGTH}字`);
      }
    });
    for (const c of LIST_TEMPLATE) {
      if (c.required && !v[c.key] && !tooLong.has(c.key)) fail(row, c.key, '必填，不能为空');
    }

    let seq = index + 1;
    if (v.seq) {
      const n = Number(v.seq.normalize('NFKC'));
      if (!Number.isInteger(n) || n < 1) fail(row, 'seq', `序号“${v.seq}”应为正整数`);
      else seq = n;
    }
    const seqTaken = seqRows.has(seq);
    if (seqTaken) fail(row, 'seq', `序号${seq}与第${seqRows.get(seq)}行重复`);
    else seqRows.set(seq, row);

    // A generated id repeats exactly when the 序号 does, which is already reported.
    const id = v.id ?? `item-${seq}`;
    if (idRows.has(id) && (v.id || !seqTaken)) fail(row, 'id', `条目编号“${id}”与第${idRows.get(id)}行重复`);
    else idRows.set(id, row);

    const deadline = v.deadline ? parseDateCell(v.deadline) : null;
    if (v.deadline && !deadline) fail(row, 'deadline', `无法识别的日期“${v.deadline}”，请写成 2026-06-30`);
    else if (deadline && options.year !== undefined && dateParts(deadline).year !== options.year) {
      fail(row, 'deadline', `完成时限${deadline}不在${options.year}年度内`);
    }
    const status = parseStatusCell(v.status ?? '');
    if (!status) fail(row, 'status', `完成状态“${v.status}”应为 未开始、进行中 或 已完成`);

    const laws: string[] = [];
    const otherLaws: string[] = [];
    for (const name of splitMulti(v.laws ?? '')) {
      // A name marked 未入库 that the library holds by now is simply that law.
      const uncollected = uncollectedLawName(name);
      const slug = findLaw(uncollected ?? name);
      if (slug) {
        if (!laws.includes(slug)) laws.push(slug);
      } else if (uncollected) {
        if (uncollected.length > MAX_LAW_NAME) fail(row, 'laws', `法律名称“${uncollected.slice(0, 20)}…”超过${MAX_LAW_NAME}字`);
        else if (!otherLaws.includes(uncollected)) otherLaws.push(uncollected);
      } else fail(row, 'laws', `法规库中没有“${name}”，请核对法律名称；确属法规库尚未收录的，请写成“${name}${UNCOLLECTED_MARK}”`);
    }
    const campaignIds = splitMulti(v.campaignIds ?? '');
    for (const x of campaignIds)
      if (knownCampaigns && !knownCampaigns.has(x)) fail(row, 'campaignIds', `没有编号为“${x}”的主题活动`);
    const mediaIds = splitMulti(v.mediaIds ?? '');
    for (const x of mediaIds) if (knownMedia && !knownMedia.has(x)) fail(row, 'mediaIds', `没有编号为“${x}”的普法作品`);

    const item: ListItem = {
      id,
      seq,
      category: v.category ?? '其他',
      content: { topic: v.topic ?? '', laws, ...(otherLaws.length ? { otherLaws } : {}) },
      responsibility: { leader: v.leader ?? '', person: v.person ?? '', department: v.department ?? '' },
      measures: {
        audiences: splitMulti(v.audiences ?? ''),
        forms: splitMulti(v.forms ?? ''),
        keyDates: splitMulti(v.keyDates ?? ''),
      },
      standard: {
        target: v.target ?? '',
        deadline: deadline ?? '',
        status: status ?? '未开始',
        evidence: { campaignIds, mediaIds },
      },
    };
    if (v.note) item.note = v.note;
    items.push(item);
  }

  if (errors.length >= MAX_IMPORT_ERRORS) {
    const shown = errors.slice(0, MAX_IMPORT_ERRORS);
    shown.push({
      row: shown.at(-1)?.row ?? headerRow,
      column: '',
      message: `错误过多，仅列出前${MAX_IMPORT_ERRORS}条`,
    });
    return { ok: false, errors: shown };
  }
  return errors.length ? { ok: false, errors } : { ok: true, items: items.sort((a, b) => a.seq - b.seq) };
}
