import { describe, expect, it } from 'vitest';
import { importListRows } from '../../../core/agency/list-import';
import { isInstructionRow, LIST_TEMPLATE, templateInstructionRows, type ColumnKey } from '../../../core/agency/list-template';
import { OPTS, ROW1 } from './list-fixtures';

const HEADERS = LIST_TEMPLATE.map((c) => c.header);
const KEYS: ColumnKey[] = LIST_TEMPLATE.map((c) => c.key);
const DESCRIPTIONS = LIST_TEMPLATE.map((c) => c.description);

describe('template instruction rows', () => {
  it('the instructions sheet lists every column with 必填/选填 and its description', () => {
    const rows = templateInstructionRows();
    expect(rows[0]).toEqual(['列名', '是否必填', '填写说明']);
    expect(rows.slice(1, 1 + LIST_TEMPLATE.length).map((r) => r[0])).toEqual(HEADERS);
    expect(rows.find((r) => r[0] === '普法内容')?.[1]).toBe('必填');
    expect(rows.find((r) => r[0] === '备注')?.[1]).toBe('选填');
  });

  it('recognises the description row, also with cells left out or respaced, and nothing else', () => {
    expect(isInstructionRow(DESCRIPTIONS, KEYS)).toBe(true);
    const partial = DESCRIPTIONS.map((d, i) => (i % 2 ? '' : ` ${d} `));
    expect(isInstructionRow(partial, KEYS)).toBe(true);
    // One cell that is not its column's description makes it data.
    expect(isInstructionRow(DESCRIPTIONS.map((d, i) => (i === 2 ? '宪法进社区' : d)), KEYS)).toBe(false);
    // Descriptions in the wrong columns are not the instruction row.
    expect(isInstructionRow([...DESCRIPTIONS].reverse(), KEYS)).toBe(false);
    // Two matching cells are too few to be sure.
    expect(isInstructionRow([DESCRIPTIONS[0]!, DESCRIPTIONS[1]!], KEYS)).toBe(false);
  });

  it('still recognises the row of a template downloaded before the 涉及法律 instruction named （未入库）', () => {
    const laws = KEYS.indexOf('laws');
    expect(DESCRIPTIONS[laws]).toContain('（未入库）');
    const older = DESCRIPTIONS.map((d, i) => (i === laws ? '法规库已收录的法律名称，可省略“中华人民共和国”和书名号，多项用顿号分隔' : d));
    expect(isInstructionRow(older, KEYS)).toBe(true);
  });

  it('a sheet with the old template\'s instruction row imports its items (it used to fail with one error per cell)', () => {
    const head = HEADERS.slice(0, ROW1.length);
    const r = importListRows([head, DESCRIPTIONS.slice(0, head.length), ROW1], OPTS);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(r.ok && r.items.map((i) => i.content.topic)).toEqual([ROW1[HEADERS.indexOf('普法内容')]]);
  });

  it('the instruction row alone is a sheet with no items', () => {
    const r = importListRows([HEADERS, DESCRIPTIONS], OPTS);
    expect(r).toEqual({ ok: false, errors: [{ row: 1, column: '', message: '表头下没有任何条目' }] });
  });
});
