import { describe, expect, it } from 'vitest';
import { lexicalParagraphs, richTextBlocks, richTextHtml, richTextIsEmpty, richTextPlain, richTextToLexical } from '../../../core/agency/rich-text';

const lexical = (...children: unknown[]) => ({ root: { type: 'root', children } });
const text = (t: string, format = 0) => ({ type: 'text', text: t, format });

describe('richTextBlocks', () => {
  it('reads Lexical paragraphs with bold and italic runs and merges same-style runs', () => {
    const stored = lexical({ type: 'paragraph', children: [text('全年开展'), text('普法'), text('活动', 1), text('12', 3), text('场。', 2)] });
    expect(richTextBlocks(stored)).toEqual([
      { kind: 'paragraph', runs: [{ text: '全年开展普法' }, { text: '活动', bold: true }, { text: '12', bold: true, italic: true }, { text: '场。', italic: true }] },
    ]);
  });

  it('reads Lexical bullet and number lists, nested items flattened into the list', () => {
    const item = (t: string, ...rest: unknown[]) => ({ type: 'listitem', children: [text(t), ...rest] });
    const stored = lexical(
      { type: 'list', listType: 'number', children: [item('一是健全机制'), item('二是', { type: 'list', listType: 'bullet', children: [item('细项')] })] },
      { type: 'list', listType: 'bullet', children: [item('甲')] },
    );
    expect(richTextBlocks(stored)).toEqual([
      { kind: 'list', ordered: true, items: [[{ text: '一是健全机制' }], [{ text: '二是' }], [{ text: '细项' }]] },
      { kind: 'list', ordered: false, items: [[{ text: '甲' }]] },
    ]);
  });

  it('reads Slate nodes (ul/ol/li, bold/italic marks)', () => {
    const stored = [
      { children: [{ text: '基本情况：' }, { text: '已完成', bold: true }] },
      { type: 'ol', children: [{ type: 'li', children: [{ text: '第一', italic: true }] }] },
    ];
    expect(richTextBlocks(stored)).toEqual([
      { kind: 'paragraph', runs: [{ text: '基本情况：' }, { text: '已完成', bold: true }] },
      { kind: 'list', ordered: true, items: [[{ text: '第一', italic: true }]] },
    ]);
  });

  it('keeps link text and turns a line break into a newline', () => {
    const stored = lexical({ type: 'paragraph', children: [text('见'), { type: 'link', children: [text('公告')] }, { type: 'linebreak' }, text('下行')] });
    expect(richTextPlain(richTextBlocks(stored))).toBe('见公告\n下行');
  });

  it('treats plain strings (old textarea narratives) as paragraphs', () => {
    expect(richTextBlocks('第一段\n\n第二段')).toEqual([
      { kind: 'paragraph', runs: [{ text: '第一段' }] },
      { kind: 'paragraph', runs: [{ text: '第二段' }] },
    ]);
  });

  it('tolerates null and garbage', () => {
    for (const v of [null, undefined, 42, {}, { root: null }, { root: { children: 'x' } }, [1, null, 'x'], [{ children: [{ text: 5 }] }]]) {
      expect(richTextBlocks(v)).toEqual([]);
      expect(richTextIsEmpty(v)).toBe(true);
    }
  });

  it('counts an untouched editor (empty paragraph, whitespace, empty list) as empty', () => {
    expect(richTextIsEmpty(lexical({ type: 'paragraph', children: [] }))).toBe(true);
    expect(richTextIsEmpty(lexical({ type: 'paragraph', children: [text('  \n ')] }))).toBe(true);
    expect(richTextIsEmpty(lexical({ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [] }] }))).toBe(true);
    expect(richTextIsEmpty([{ children: [{ text: '' }] }])).toBe(true);
    expect(richTextIsEmpty(lexical({ type: 'paragraph', children: [text('有')] }))).toBe(false);
  });
});

describe('richTextHtml', () => {
  it('escapes every text and emits only the allowed tags', () => {
    const html = richTextHtml([
      { kind: 'paragraph', runs: [{ text: '<script>alert("x")</script>&', bold: true }] },
      { kind: 'list', ordered: false, items: [[{ text: "it's", italic: true }]] },
    ]);
    expect(html).toBe('<p><strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;</strong></p>\n<ul><li><em>it&#39;s</em></li></ul>');
  });
});

describe('richTextToLexical', () => {
  it('round-trips through richTextBlocks', () => {
    const blocks = [
      { kind: 'paragraph' as const, runs: [{ text: '全年' }, { text: '12', bold: true }, { text: '场', italic: true }] },
      { kind: 'list' as const, ordered: true, items: [[{ text: '一是' }], [{ text: '二是', bold: true, italic: true }]] },
    ];
    expect(richTextBlocks(richTextToLexical(blocks))).toEqual(blocks);
    expect(richTextBlocks(lexicalParagraphs('甲', '  ', null, '乙'))).toEqual([
      { kind: 'paragraph', runs: [{ text: '甲' }] },
      { kind: 'paragraph', runs: [{ text: '乙' }] },
    ]);
  });
});
