import { describe, expect, it } from 'vitest';
import {
  articleKey,
  parseArticleLabel,
  parseArticleLabelParts,
  parseChineseNumeral,
  toChineseNumeral,
} from '../../../core/law/chinese-numerals';

describe('toChineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [203, '二百零三'],
    [1010, '一千零一十'],
    [1042, '一千零四十二'],
    [1118, '一千一百一十八'],
    [10001, '一万零一'],
    [10010, '一万零一十'],
    [10100, '一万零一百'],
    [11000, '一万一千'],
    [99999, '九万九千九百九十九'],
    [100000, '十万'],
    [100010, '十万零一十'],
    [1001000, '一百万一千'],
  ])('%i → %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN, 100_000_000])('rejects %s', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});

describe('parseChineseNumeral', () => {
  it('round-trips 1..20000 and a sample up to 99,999,999', () => {
    for (let n = 1; n <= 20000; n++) {
      expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    }
    for (let n = 20001; n < 100_000_000; n += 7919) {
      expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    }
  });

  it.each([
    ['一千零四十二', 1042],
    ['十', 10],
    ['十五', 15],
    ['一十五', 15],
    ['二百零三', 203],
    ['一万零一', 10001],
    ['两千', 2000],
    ['两百零两', 202],
    ['一千〇一', 1001],
    ['零', 0],
    ['〇', 0],
    ['二〇二三', 2023],
    ['一九八二', 1982],
    ['1042', 1042],
    ['１０４２', 1042],
    [' 十二 ', 12],
  ])('%s → %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['', '  ', '十十', '二百三', '一千零零五', '零十', '三十一二', '百', '千五', '万', '一万万', 'abc', '十条', '1二'])(
    'throws a clear error on %j',
    (text) => {
      expect(() => parseChineseNumeral(text)).toThrow(/Invalid Chinese numeral/);
    },
  );
});

describe('parseArticleLabel', () => {
  it('reads plain labels', () => {
    expect(parseArticleLabel('第一千零四十二条')).toBe(1042);
    expect(parseArticleLabel('第十条')).toBe(10);
    expect(parseArticleLabel('第12条')).toBe(12);
  });

  it('gives the base number of an inserted article and exposes the suffix', () => {
    expect(parseArticleLabel('第十七条之一')).toBe(17);
    expect(parseArticleLabelParts('第一百二十条之六')).toEqual({ number: 120, subNumber: 6 });
    expect(parseArticleLabelParts('第十七条')).toEqual({ number: 17 });
  });

  it('returns null for non-labels and invalid numerals', () => {
    for (const text of ['第十条规定', '十条', '第十十条', '第零条', '第条', '第十条之零', '']) {
      expect(parseArticleLabel(text)).toBeNull();
    }
  });

  it('builds stable keys', () => {
    expect(articleKey({ number: 17 })).toBe('17');
    expect(articleKey({ number: 17, subNumber: 1 })).toBe('17-1');
  });
});
