/**
 * Reading and writing the spreadsheets agencies exchange: .xlsx (exceljs) and .csv (csv-parse /
 * csv-stringify). Everything becomes a grid of strings; validation happens in core/agency.
 * Reading is bounded (inflated size, rows, columns, cells: see xlsx-guard.ts) before any workbook
 * is built; writing neutralises formula text in every cell (core/export/safe-cell.ts).
 */
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { safeRows, unquoteCell } from '../../core/export/safe-cell';
import { assertXlsxWithinLimits, XLSX_LIMITS, XlsxLimitError } from './xlsx-guard';

export type Grid = string[][];

/** A spreadsheet that cannot be read; `status` 413 when it is over a size bound, else 400. */
export class SpreadsheetError extends Error {
  constructor(message: string, options?: ErrorOptions & { status?: 400 | 413 }) {
    super(message, options);
    this.status = options?.status ?? 400;
  }
  readonly status: 400 | 413;
}

/** Widest sheet read; the list template has 17 columns. */
export const MAX_COLUMNS = 100;
const tooLarge = (what: string) => new SpreadsheetError(`表格超过${what}上限`, { status: 413 });

/** Rejects a grid past the row, column or cell bounds. */
function checkGridSize(rows: number, columns: number): void {
  if (rows > XLSX_LIMITS.maxRows) throw tooLarge(` ${XLSX_LIMITS.maxRows} 行`);
  if (columns > MAX_COLUMNS) throw tooLarge(` ${MAX_COLUMNS} 列`);
  if (rows * columns > XLSX_LIMITS.maxCells) throw tooLarge(` ${XLSX_LIMITS.maxCells} 个单元格`);
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Decodes CSV bytes: UTF-8 (with or without BOM), else GB18030 as saved by Chinese Excel. */
function decodeCsv(data: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (!utf8.includes('\ufffd')) return utf8.replace(/^\ufeff/, '');
  return new TextDecoder('gb18030').decode(data);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

/** Reads the first worksheet of an .xlsx file or a .csv file into rows of trimmed strings. */
export async function readSpreadsheet(data: Buffer, fileName: string): Promise<Grid> {
  const isXlsx = data.subarray(0, 4).equals(XLSX_MAGIC);
  if (/\.xlsx$/i.test(fileName) || isXlsx) {
    if (!isXlsx) throw new SpreadsheetError('文件不是有效的 .xlsx 表格');
    try {
      assertXlsxWithinLimits(data);
    } catch (error) {
      if (error instanceof XlsxLimitError) throw new SpreadsheetError(error.message, { status: error.status, cause: error });
      throw error;
    }
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(data as unknown as ArrayBuffer);
    } catch (error) {
      throw new SpreadsheetError('无法读取 .xlsx 文件，文件可能已损坏', { cause: error });
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new SpreadsheetError('表格中没有工作表');
    // Row and column numbers, not counts: one cell at row 1,000,000 would make a million rows.
    // columnCount is recomputed over every row on each read: take it once, not once per cell.
    const columns = sheet.columnCount;
    checkGridSize(sheet.rowCount, columns);
    const grid: Grid = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= columns; c += 1) cells.push(unquoteCell(cellText(row.getCell(c).value).trim()));
      grid[rowNumber - 1] = cells;
    });
    return Array.from(grid, (r) => r ?? []);
  }
  if (/\.csv$/i.test(fileName)) {
    let rows: string[][];
    try {
      // Stop one record past the bound so an oversized file is not parsed whole.
      rows = parseCsv(decodeCsv(data), { relax_column_count: true, skip_empty_lines: false, to: XLSX_LIMITS.maxRows + 1 }) as string[][];
    } catch (error) {
      throw new SpreadsheetError(`CSV 格式错误：${(error as Error).message}`, { cause: error });
    }
    checkGridSize(rows.length, Math.max(0, ...rows.map((r) => r.length)));
    return rows.map((r) => r.map((c) => unquoteCell(c.trim())));
  }
  throw new SpreadsheetError('只支持 .xlsx 或 .csv 文件');
}

/**
 * Writes rows as .xlsx (first row bold, frozen) or as UTF-8 CSV with a BOM so Excel reads
 * Chinese. Every cell goes through safeCell: text a spreadsheet would run as a formula is
 * written with a leading apostrophe.
 */
export async function writeSpreadsheet(
  rows: Grid,
  format: 'xlsx' | 'csv',
  sheetName = '普法责任清单',
  /** Further .xlsx sheets after the first (e.g. instructions); ignored for CSV. */
  extraSheets: { name: string; rows: Grid }[] = [],
): Promise<Buffer> {
  const safe = safeRows(rows);
  if (format === 'csv') return Buffer.from(`\ufeff${stringifyCsv(safe)}`, 'utf8');
  const book = new ExcelJS.Workbook();
  for (const [i, { name, rows: sheetRows }] of [{ name: sheetName, rows }, ...extraSheets].entries()) {
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    (i === 0 ? safe : safeRows(sheetRows)).forEach((r) => sheet.addRow(r));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((col) => (col.width = i === 0 ? 18 : 30));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
