import { describe, expect, it } from 'vitest';
import { citeIn, parseChapters } from '../../../core/media/chapters';
import { looksLikeLrc, lrcToWebVtt, parseLrc } from '../../../core/media/lrc';
import { parseWebVtt, toWebVtt } from '../../../core/media/webvtt';
import { artFormGroup } from '../../../core/vocabulary/agency';

const LRC = `[ti:婚姻自主]
[ar:泉城市吕剧团（演示）]
[00:02.00]婚姻自由记心上
[00:06.50][00:20.00]包办买卖不应当
[00:11.25]一夫一妻平等过
`;

describe('LRC → WebVTT', () => {
  it('turns stamps into cues that end where the next begins, repeated stamps included', () => {
    const parsed = parseLrc(LRC, { durationSeconds: 24 });
    expect(parsed).toEqual({
      ok: true,
      cues: [
        { start: 2, end: 6.5, text: '婚姻自由记心上' },
        { start: 6.5, end: 11.25, text: '包办买卖不应当' },
        { start: 11.25, end: 20, text: '一夫一妻平等过' },
        { start: 20, end: 24, text: '包办买卖不应当' },
      ],
    });
  });

  it('writes WebVTT that parses back to the same cues', () => {
    const converted = lrcToWebVtt(LRC);
    expect(converted.ok).toBe(true);
    if (!converted.ok) return;
    expect(converted.vtt).toMatch(/^WEBVTT\n\n00:00:02\.000 --> 00:00:06\.500\n婚姻自由记心上\n/);
    const back = parseWebVtt(converted.vtt);
    expect(back.ok && back.cues).toEqual(converted.cues);
  });

  it('applies [offset:] and treats an empty stamped line as a pause', () => {
    const parsed = parseLrc('[offset:500]\n[00:01.00]甲\n[00:03.00]\n[00:05.00]乙', { lastCueSeconds: 2 });
    expect(parsed.ok && parsed.cues).toEqual([
      { start: 0.5, end: 2.5, text: '甲' },
      { start: 4.5, end: 6.5, text: '乙' },
    ]);
  });

  it('names the line of a lyric without a time stamp', () => {
    const parsed = parseLrc('[00:01.00]甲\n婚姻自由记心上\n[00:05.00]乙');
    expect(parsed).toMatchObject({ ok: false, line: 2 });
    expect(!parsed.ok && parsed.error).toMatch(/^第 2 行：缺少时间标签/);
  });

  it('refuses seconds of 60 or more, with the line', () => {
    const parsed = parseLrc('[00:01.00]甲\n\n[01:75.00]乙');
    expect(parsed).toMatchObject({ ok: false, line: 3 });
    expect(!parsed.ok && parsed.error).toContain('秒数应小于 60');
  });

  it('tells LRC from WebVTT', () => {
    expect(looksLikeLrc(LRC)).toBe(true);
    expect(looksLikeLrc('WEBVTT\n\n00:01.000 --> 00:02.000\n甲')).toBe(false);
  });
});

describe('WebVTT', () => {
  it('reads ids, settings, notes and multi-line cues', () => {
    const parsed = parseWebVtt('WEBVTT - 演示\n\nNOTE 演示素材\n\n1\n00:01.000 --> 00:04.000 align:start\n第一行\n第二行\n\n01:00:00.000 --> 01:00:02.500\n后\n');
    expect(parsed).toEqual({ ok: true, cues: [{ start: 1, end: 4, text: '第一行\n第二行' }, { start: 3600, end: 3602.5, text: '后' }] });
  });

  it.each([
    ['no header', '00:01.000 --> 00:02.000\n甲', 1, 'WEBVTT'],
    ['a bad time', 'WEBVTT\n\n00:01.000 --> 00:02\n甲', 3, '时间格式错误'],
    ['minutes past 59', 'WEBVTT\n\n00:61.000 --> 01:02.000\n甲', 3, '时间格式错误'],
    ['end before start', 'WEBVTT\n\n00:05.000 --> 00:02.000\n甲', 3, '结束时间须晚于开始时间'],
    ['cues out of order', 'WEBVTT\n\n00:05.000 --> 00:06.000\n甲\n\n00:01.000 --> 00:02.000\n乙', 6, '先后'],
    ['a missing blank line', 'WEBVTT\n\n00:01.000 --> 00:02.000\n甲\n00:03.000 --> 00:04.000\n乙', 5, '空行'],
    ['text without timing', 'WEBVTT\n\n00:01.000 --> 00:02.000\n甲\n\n孤零零的一行\n', 6, '缺少时间轴'],
    ['a timing without text', 'WEBVTT\n\n00:01.000 --> 00:02.000\n', 3, '没有字幕文字'],
  ])('refuses %s with the line number', (_label, source, line, message) => {
    const parsed = parseWebVtt(source);
    expect(parsed).toMatchObject({ ok: false, line });
    expect(!parsed.ok && parsed.error).toContain(`第 ${line} 行`);
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('never lets cue text end a cue early', () => {
    expect(toWebVtt([{ start: 0, end: 1, text: 'a --> b' }])).toContain('a → b');
  });
});

describe('chapters', () => {
  it('cites the article a chapter names', () => {
    expect(citeIn('婚姻自由 《民法典》第一千零四十二条')).toEqual({ lawTitle: '民法典', article: '第一千零四十二条', articleNumber: 1042 });
    expect(citeIn('开场')).toBeUndefined();
  });

  it('reads LRC-style and WebVTT chapters', () => {
    const lrc = parseChapters('[00:00.00]开场\n[00:10.00]婚姻自由 《民法典》第一千零四十二条\n[00:20.00]男女平等《民法典》第一千零四十一条');
    expect(lrc.ok && lrc.chapters).toEqual([
      { start: 0, title: '开场' },
      { start: 10, title: '婚姻自由 《民法典》第一千零四十二条', cite: { lawTitle: '民法典', article: '第一千零四十二条', articleNumber: 1042 } },
      { start: 20, title: '男女平等《民法典》第一千零四十一条', cite: { lawTitle: '民法典', article: '第一千零四十一条', articleNumber: 1041 } },
    ]);
    const vtt = parseChapters('WEBVTT\n\n00:05.000 --> 00:09.000\n《宪法》第三十三条');
    expect(vtt.ok && vtt.chapters[0]?.cite?.articleNumber).toBe(33);
    expect(parseChapters('[00:00.00]甲\n乙')).toMatchObject({ ok: false, line: 2 });
  });
});

describe('art forms', () => {
  it('browses an opera kind under 戏曲 and other forms as themselves', () => {
    expect(artFormGroup('吕剧')).toEqual({ artForm: '戏曲', operaKind: '吕剧' });
    expect(artFormGroup('黄梅戏')).toEqual({ artForm: '戏曲', operaKind: '黄梅戏' });
    expect(artFormGroup('快板')).toEqual({ artForm: '快板' });
  });
});
