/**
 * Spreadsheet formula injection (CSV injection): a cell whose text starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is run as a formula by Excel, WPS and LibreOffice when the
 * file is opened (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `@SUM(…)`). Every CSV and XLSX the
 * system writes passes its cells through `safeCell`, which prefixes such text with an
 * apostrophe so the spreadsheet shows it as text. Imports undo the prefix (`unquoteCell`) so an
 * exported list reads back unchanged.
 */

/** First characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number ("-12", "+3.5", "1e3"): the spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The values a spreadsheet row may hold; only strings are ever changed. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** True if a spreadsheet would read `text` as a formula. */
export const isFormulaText = (text: string): boolean => FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);

/**
 * The cell as it is safe to write: strings that a spreadsheet would run as a formula get a
 * leading `'`; numbers (negative ones included), dates, booleans and other text are unchanged.
 */
export function safeCell<T extends CellValue>(value: T): T | string {
  return typeof value === 'string' && isFormulaText(value) ? `'${value}` : value;
}

/** Every cell of every row through `safeCell` (a new grid; the input is not changed). */
export function safeRows<T extends CellValue>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map(safeCell));
}

/** Reverses `safeCell` for text read back from a spreadsheet: `'=x` → `=x`; other text unchanged. */
export const unquoteCell = (text: string): string =>
  text.startsWith("'") && isFormulaText(text.slice(1)) ? text.slice(1) : text;
