import { describe, expect, it } from 'vitest';
import { rowLabelText } from '../../../core/admin/row-label';

describe('rowLabelText', () => {
  it('numbers from 1 and summarises the row with its text fields', () => {
    expect(rowLabelText(0, { category: '食品安全法', topic: '宣传周' }, { noun: '项', fields: ['category', 'topic'] })).toBe('第1项：食品安全法 宣传周');
  });

  it('skips empty and non-text values, and puts suffixes after values', () => {
    const spec = { noun: '条规则', fields: ['count', 'law', 'points'], suffixes: { count: '题', points: '分/题' } };
    expect(rowLabelText(2, { count: 10, law: '  ', points: 5 }, spec)).toBe('第3条规则：10题 5分/题');
    expect(rowLabelText(1, { count: null, law: ['x'] }, spec)).toBe('第2条规则');
  });
});
