/**
 * Refuses a zip bomb before exceljs sees it. exceljs (through JSZip) inflates every part of an
 * .xlsx into memory, so a 2 MB upload that inflates to 780 MB cost about 1 GB of server memory.
 * Here the central directory's declared sizes are checked first (instant), then each part is
 * inflated with a hard output cap — the directory can lie — and worksheet rows and cells are
 * counted in the inflated XML, all before the workbook is loaded.
 */
import { inflateRawSync } from 'node:zlib';
import { checkZipEntries, entryData, readZipDirectory } from '../../core/archive/zip-directory';

/** Bounds for one imported workbook (a 500-row list is well under 2 MB inflated). */
export const XLSX_LIMITS = {
  /** Sum of the inflated parts. */
  maxInflatedBytes: 20 * 1024 * 1024,
  maxEntries: 200,
  /** Rows across all worksheets. */
  maxRows: 5_000,
  /** Cells across all worksheets. */
  maxCells: 100_000,
};

/** Why a workbook was refused, with the HTTP status the endpoint should answer. */
export class XlsxLimitError extends Error {
  constructor(message: string, readonly status: 400 | 413) {
    super(message);
  }
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
/** `<row …>` / `<c …>` start tags, with or without a namespace prefix. */
const ROW_TAG = /<(?:[\w.-]+:)?row[\s/>]/g;
const CELL_TAG = /<(?:[\w.-]+:)?c[\s/>]/g;
const count = (text: string, tag: RegExp) => text.match(tag)?.length ?? 0;

/** Inflates one part, or returns null once it would produce more than `cap` bytes. */
function inflatePart(data: Uint8Array, method: number, cap: number): Buffer | null {
  if (method === 0) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return null;
    throw new XlsxLimitError('压缩文件内容损坏', 400);
  }
}

/**
 * Throws XlsxLimitError unless the .xlsx bytes stay within XLSX_LIMITS, measured on the real
 * inflated data (each part at most what the directory declared, the whole within the bound).
 */
export function assertXlsxWithinLimits(bytes: Uint8Array, limits = XLSX_LIMITS): void {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new XlsxLimitError(dir.error, 400);
  const refused = checkZipEntries(dir.value, { maxEntries: limits.maxEntries, maxTotalBytes: limits.maxInflatedBytes });
  if (refused) throw new XlsxLimitError(refused, 413);
  let rows = 0;
  let cells = 0;
  for (const entry of dir.value) {
    const range = entryData(bytes, entry);
    if (!range.ok) throw new XlsxLimitError(range.error, 400);
    // Cap at the declared size + 1: a part that inflates past what the directory says is a lie.
    const inflated = inflatePart(bytes.subarray(range.value.start, range.value.end), entry.method, entry.uncompressedSize + 1);
    if (!inflated) throw new XlsxLimitError('文件解压后的实际大小超过其声明，已拒绝', 413);
    if (inflated.length !== entry.uncompressedSize) throw new XlsxLimitError('压缩文件目录与内容不符，文件可能已损坏', 400);
    if (!WORKSHEET.test(entry.name)) continue;
    const xml = inflated.toString('latin1');
    rows += count(xml, ROW_TAG);
    cells += count(xml, CELL_TAG);
    if (rows > limits.maxRows) throw new XlsxLimitError(`表格超过 ${limits.maxRows} 行上限`, 413);
    if (cells > limits.maxCells) throw new XlsxLimitError(`表格超过 ${limits.maxCells} 个单元格上限`, 413);
  }
}
