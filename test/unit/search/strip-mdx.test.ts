import { describe, expect, it } from 'vitest';
import { stripMdx } from '../../../core/search/strip-mdx';

describe('stripMdx for search text', () => {
  it('drops list markers so snippets read as prose', () => {
    expect(stripMdx('红线：\n\n- 禁止包办\n* 禁止重婚\n1. 第一\n2. 第二')).toBe('红线： 禁止包办 禁止重婚 第一 第二');
  });

  it('keeps numbers that only look like list items inside a line', () => {
    expect(stripMdx('拨打 12348. 热线')).toBe('拨打 12348. 热线');
  });
});
