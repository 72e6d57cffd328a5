import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../site/components/read-aloud/sentences';

const texts = (t: string, max?: number) => splitSentences(t, max).map((s) => s.text);

describe('splitting Chinese text for read-aloud', () => {
  it('splits after 。！？；and keeps the mark with its sentence', () => {
    expect(texts('夫妻双方自愿离婚的，应当签订书面离婚协议。协议应当载明哪些内容？请看下一条！第一款；第二款。')).toEqual([
      '夫妻双方自愿离婚的，应当签订书面离婚协议。',
      '协议应当载明哪些内容？',
      '请看下一条！',
      '第一款；',
      '第二款。',
    ]);
  });

  it('keeps runs of marks, ellipses and closing quotes together', () => {
    expect(texts('他说：“我不同意！”然后走了……真的吗？！好。')).toEqual(['他说：“我不同意！”', '然后走了……', '真的吗？！', '好。']);
    expect(texts('《民法典》（2020年）规定。下一句')).toEqual(['《民法典》（2020年）规定。', '下一句']);
  });

  it('splits at line breaks, drops blank pieces and trims spaces, with offsets into the text', () => {
    const text = '  第一条 为了保护。\n\n第二条  适用于本法。  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['第一条 为了保护。', '第二条  适用于本法。']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('handles ASCII punctuation and text without any mark', () => {
    expect(texts('Is it? Yes! ok')).toEqual(['Is it?', 'Yes!', 'ok']);
    expect(texts('没有句号的一句话')).toEqual(['没有句号的一句话']);
    expect(texts('')).toEqual([]);
    expect(texts(' \n ')).toEqual([]);
  });

  it('cuts a sentence longer than the limit after commas, keeping every character', () => {
    const long = '当事人对行政处罚决定不服的，可以依法申请行政复议，也可以依法提起行政诉讼，复议期间不停止执行。';
    const parts = texts(long, 20);
    expect(parts).toEqual(['当事人对行政处罚决定不服的，', '可以依法申请行政复议，', '也可以依法提起行政诉讼，', '复议期间不停止执行。']);
    expect(parts.join('')).toBe(long);
  });
});
