import { describe, expect, it } from 'vitest';
import { isFormulaText, safeCell, safeRows, unquoteCell } from '../../../core/export/safe-cell';

describe('safeCell', () => {
  it.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', "=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")'])(
    'prefixes %j so a spreadsheet shows text',
    (text) => {
      expect(isFormulaText(text)).toBe(true);
      expect(safeCell(text)).toBe(`'${text}`);
      expect(unquoteCell(safeCell(text) as string)).toBe(text);
    },
  );

  it('leaves numbers, plain numeric text, dates and ordinary text alone', () => {
    expect(safeRows([[-5, 0, 3.5, '-12', '+3.5', '1e3', '宪法宣传', "it's", '', null, true]])).toEqual([
      [-5, 0, 3.5, '-12', '+3.5', '1e3', '宪法宣传', "it's", '', null, true],
    ]);
    const when = new Date(0);
    expect(safeCell(when)).toBe(when);
    expect(safeCell(' =1+1')).toBe(' =1+1');
  });

  it('unquotes only its own prefix', () => {
    expect(unquoteCell("'hello")).toBe("'hello");
    expect(unquoteCell("'-5")).toBe("'-5");
    expect(unquoteCell("'=x")).toBe('=x');
  });
});
