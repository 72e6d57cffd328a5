import { describe, expect, it } from 'vitest';
import {
  MAX_CELL_LENGTH,
  MAX_IMPORT_ROWS,
  formatImportError,
  importListRows,
} from '../../../core/agency/list-import';
import { columnForHeader } from '../../../core/agency/list-template';
import { HEAD, OPTS, ROW1, ROW2, errorsOf } from './list-fixtures';

/** Sheet with a title row and a blank row above the header, so data starts at Excel row 4. */
const sheet = (...rows: string[][]) => [['泉城市市场监督管理局2026年度普法责任清单'], [], HEAD, ...rows];

describe('importListRows: happy path', () => {
  it('reads every facet, finds the header under a title row and skips blank rows', () => {
    const r = importListRows(sheet(ROW1, ['', '  '], ROW2), OPTS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r).not.toHaveProperty('errors');
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toEqual({
      id: 'item-1',
      seq: 1,
      category: '民法典',
      content: { topic: '民法典进企业', laws: ['民法典', '消费者权益保护法'] },
      responsibility: { leader: '王局长', person: '李科员', department: '法规科' },
      measures: { audiences: ['企业经营者', '个体工商户'], forms: ['讲座', '新媒体'], keyDates: ['民法典宣传月'] },
      standard: {
        target: '开展讲座不少于4场',
        deadline: '2026-06-30',
        status: '进行中',
        evidence: { campaignIds: [], mediaIds: [] },
      },
    });
    expect(r.items[1]?.measures.forms).toEqual(['戏曲', '评书']);
    expect(r.items[1]?.standard).toMatchObject({ deadline: '2026-12-10', status: '未开始' });
  });

  it('matches headers with spaces, full-width letters, a required mark, a note or a synonym', () => {
    const head = ['序 号', '普法内容*', '责任人：', '责任部门', '工作目标（可量化）', '完成时间', 'ＩＤ'];
    expect(columnForHeader(head[0]!)?.key).toBe('seq');
    expect(columnForHeader(head[1]!)?.key).toBe('topic');
    expect(columnForHeader(head[2]!)?.key).toBe('person');
    expect(columnForHeader(head[3]!)?.key).toBe('department');
    expect(columnForHeader(head[4]!)?.key).toBe('target');
    expect(columnForHeader(head[5]!)?.key).toBe('deadline');
    const r = importListRows([head.slice(0, 6), ['１', '宪法进社区', '李科员', '法规科', '两场', '46203']], OPTS);
    expect(r.ok && r.items[0]).toMatchObject({ seq: 1, category: '其他', standard: { deadline: '2026-06-30' } });
  });

  it('numbers items by row order when 序号 is left blank, and sorts by 序号', () => {
    const r = importListRows([HEAD, ['3', ...ROW1.slice(1)], ['', ...ROW2.slice(1)]], OPTS);
    expect(r.ok && r.items.map((i) => [i.seq, i.id])).toEqual([
      [2, 'item-2'],
      [3, 'item-3'],
    ]);
  });
});

describe('importListRows: errors with Excel row numbers, all or nothing', () => {
  const bad = (col: string, value: string) => {
    const row = [...ROW2];
    row[HEAD.indexOf(col)] = value;
    return row;
  };

  it('returns only errors when one row of several is wrong', () => {
    const errors = errorsOf(sheet(ROW1, bad('完成时限', '明年六月'), ['3', ...ROW1.slice(1)]));
    expect(errors).toEqual([{ row: 5, column: '完成时限', message: '无法识别的日期“明年六月”，请写成 2026-06-30' }]);
    expect(formatImportError(errors[0]!)).toBe('第5行「完成时限」：无法识别的日期“明年六月”，请写成 2026-06-30');
  });

  it('reports each kind of cell error at its row and column', () => {
    const cases: [string[], string, string][] = [
      [bad('普法内容', ''), '普法内容', '必填，不能为空'],
      [bad('完成时限', '2025-12-31'), '完成时限', '完成时限2025-12-31不在2026年度内'],
      [bad('完成时限', '2026-02-30'), '完成时限', '无法识别的日期“2026-02-30”，请写成 2026-06-30'],
      [bad('完成状态', '差不多了'), '完成状态', '完成状态“差不多了”应为 未开始、进行中 或 已完成'],
      [bad('涉及法律', '宪法、治安法'), '涉及法律', '法规库中没有“治安法”，请核对法律名称；确属法规库尚未收录的，请写成“治安法（未入库）”'],
      [bad('涉及法律', `${'长'.repeat(61)}（未入库）`), '涉及法律', `法律名称“${'长'.repeat(20)}…”超过60字`],
      [bad('序号', '1.5'), '序号', '序号“1.5”应为正整数'],
      [bad('序号', '1'), '序号', '序号1与第4行重复'],
      [bad('责任人', 'x'.repeat(MAX_CELL_LENGTH + 1)), '责任人', `内容超过${MAX_CELL_LENGTH}字`],
    ];
    for (const [row, column, message] of cases) {
      expect(errorsOf(sheet(ROW1, row)), message).toEqual([{ row: 5, column, message }]);
    }
  });

  it('lists several errors of one row and of later rows, in sheet order', () => {
    const row = bad('完成状态', '？');
    row[HEAD.indexOf('责任人')] = '';
    const later = bad('涉及法律', '刑法');
    later[0] = '3';
    const errors = errorsOf(sheet(row, [], later));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, '责任人'],
      [4, '完成状态'],
      [6, '涉及法律'],
    ]);
  });

  it('reports header problems on the header row', () => {
    expect(errorsOf([['序号', '普法内容', '责任人', '责任科室', '工作目标']])).toEqual([
      { row: 1, column: '完成时限', message: '缺少必需的列' },
    ]);
    expect(errorsOf([[...HEAD, '经费预算']])).toEqual([{ row: 1, column: '经费预算', message: '无法识别的列名' }]);
    expect(errorsOf([[...HEAD, '责任部门']])).toEqual([
      { row: 1, column: '责任部门', message: '与其他列重复（都表示“责任科室”）' },
    ]);
    expect(
      errorsOf([
        ['甲', '乙'],
        ['1', '2'],
      ]),
    ).toEqual([{ row: 1, column: '', message: '未找到表头行，请使用普法责任清单模板' }]);
    expect(errorsOf([HEAD, []])).toEqual([{ row: 1, column: '', message: '表头下没有任何条目' }]);
  });

  it('rejects data in a column without a header, duplicate ids and unknown evidence', () => {
    expect(errorsOf([HEAD, [...ROW1, '', '多余']])).toEqual([
      { row: 2, column: '', message: '第15列有内容但没有列名' },
    ]);
    const head = [...HEAD, '条目编号', '佐证活动编号', '佐证作品编号'];
    const rows = [head, [...ROW1, 'a', 'c1', ''], [...ROW2, 'a', 'c9', 'm1']];
    expect(errorsOf(rows, { ...OPTS, campaignIds: ['c1'], mediaIds: ['m1'] })).toEqual([
      { row: 3, column: '条目编号', message: '条目编号“a”与第2行重复' },
      { row: 3, column: '佐证活动编号', message: '没有编号为“c9”的主题活动' },
    ]);
  });

  it('refuses more rows than the limit in one error', () => {
    const rows = [HEAD, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [String(i + 1), ...ROW1.slice(1)])];
    expect(errorsOf(rows)).toEqual([
      { row: 1, column: '', message: `条目共${MAX_IMPORT_ROWS + 1}行，超过上限${MAX_IMPORT_ROWS}行，请分表导入` },
    ]);
  });

  it('honours firstRowNumber when the caller drops leading rows', () => {
    const errors = errorsOf([HEAD, bad('完成时限', 'x')], { ...OPTS, firstRowNumber: 3 });
    expect(errors[0]?.row).toBe(4);
  });
});

describe('importListRows: laws the library does not hold yet', () => {
  const withLaws = (cell: string) => {
    const row = [...ROW1];
    row[HEAD.indexOf('涉及法律')] = cell;
    return importListRows([HEAD, row], OPTS);
  };

  it('keeps a name marked 未入库 (full- or half-width brackets, with or without 《》) beside the library laws', () => {
    const r = withLaws('民法典、《山东省安全生产条例》（未入库）、济南市养犬管理规定(未入库)、山东省安全生产条例（未入库）');
    expect(r.ok && r.items[0]?.content).toEqual({
      topic: '民法典进企业',
      laws: ['民法典'],
      otherLaws: ['山东省安全生产条例', '济南市养犬管理规定'],
    });
  });

  it('takes a marked name the library holds by now as that law', () => {
    const r = withLaws('《中华人民共和国消费者权益保护法》（未入库）');
    expect(r.ok && r.items[0]?.content).toEqual({ topic: '民法典进企业', laws: ['消费者权益保护法'] });
  });

  it('refuses a mark with no name', () => {
    expect(errorsOf([HEAD, (() => { const row = [...ROW1]; row[HEAD.indexOf('涉及法律')] = '（未入库）'; return row; })()])[0]?.message).toContain('法规库中没有“（未入库）”');
  });
});
