import { describe, expect, it } from 'vitest';
import { parseDateCell, parseStatusCell, splitMulti } from '../../../core/agency/list-cells';
import { MAX_IMPORT_ERRORS, importListRows, listToRows } from '../../../core/agency/list-import';
import { LIST_TEMPLATE } from '../../../core/agency/list-template';
import { item } from './fixtures';
import { HEAD, LAWS, ROW1, errorsOf } from './list-fixtures';

describe('cells', () => {
  it('parses the date forms people type, Excel serials and timestamps', () => {
    for (const s of [
      '2026-06-30',
      '2026/6/30',
      '2026.06.30',
      '2026年6月30日',
      '２０２６年６月３０日',
      ' 46203 ',
      '46203.5',
      '2026-06-30T00:00:00.000Z',
    ]) {
      expect(parseDateCell(s), s).toBe('2026-06-30');
    }
    for (const s of ['2026', '6/30', '30/06/2026', '2026-13-01', '12345', '']) expect(parseDateCell(s), s).toBeNull();
  });

  it('splits multi-value cells on every separator, dropping blanks and repeats', () => {
    expect(splitMulti('讲座、戏曲，评书,新媒体；以案释法;讲座\n\n短视频')).toEqual([
      '讲座',
      '戏曲',
      '评书',
      '新媒体',
      '以案释法',
      '短视频',
    ]);
    expect(splitMulti('  ')).toEqual([]);
  });

  it('reads progress words', () => {
    expect(parseStatusCell('')).toBe('未开始');
    expect(parseStatusCell(' 完成 ')).toBe('已完成');
    expect(parseStatusCell('正在进行')).toBe('进行中');
    expect(parseStatusCell('done')).toBeNull();
  });
});

describe('listToRows', () => {
  it('writes every template column and round-trips through importListRows', () => {
    const items = [
      item('i-2', 2, {
        category: '宪法宣传',
        note: '与区司法局联合',
        content: { topic: '宪法宣传周', laws: ['宪法'], otherLaws: ['山东省安全生产条例'] },
      }),
      item('i-1', 1, {
        standard: {
          target: '两场',
          deadline: '2026-03-15',
          status: '已完成',
          evidence: { campaignIds: ['c1', 'c2'], mediaIds: ['m1'] },
        },
        measures: { audiences: ['消费者', '经营者'], forms: ['讲座', '戏曲'], keyDates: ['3·15国际消费者权益日'] },
      }),
    ];
    const rows = listToRows({ items }, { 民法典: '中华人民共和国民法典' });
    expect(rows[0]).toEqual(LIST_TEMPLATE.map((c) => c.header));
    expect(rows[1]?.[0]).toBe('1');
    expect(rows[1]?.[LIST_TEMPLATE.findIndex((c) => c.key === 'laws')]).toBe('中华人民共和国民法典');
    expect(rows[2]?.[LIST_TEMPLATE.findIndex((c) => c.key === 'laws')]).toBe('宪法、山东省安全生产条例（未入库）');
    const back = importListRows(rows, { laws: LAWS, year: 2026, campaignIds: ['c1', 'c2'], mediaIds: ['m1'] });
    expect(back).toEqual({ ok: true, items: [items[1], items[0]] });
  });
});

describe('error cap', () => {
  it('stops after MAX_IMPORT_ERRORS and says so', () => {
    const rows = [HEAD, ...Array.from({ length: 300 }, (_, i) => [String(i + 1), ...ROW1.slice(1, 11), '不知道', ''])];
    const errors = errorsOf(rows);
    expect(errors).toHaveLength(MAX_IMPORT_ERRORS + 1);
    expect(errors.at(-1)?.message).toBe(`错误过多，仅列出前${MAX_IMPORT_ERRORS}条`);
    expect(errors[0]).toEqual({ row: 2, column: '完成时限', message: '无法识别的日期“不知道”，请写成 2026-06-30' });
  });
});
