import { describe, expect, it } from 'vitest';
import { isCode, randomCode, randomToken } from '../../../core/live/code';
import { parseClientMessage } from '../../../core/live/parse';
import { MAX_MESSAGE_BYTES } from '../../../core/live/protocol';
import { pointsFor } from '../../../core/live/scoring';

const refusal = (text: string) => {
  try {
    parseClientMessage(text);
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  return null;
};

describe('client messages', () => {
  it('accepts the protocol messages', () => {
    expect(parseClientMessage('{"type":"join","code":"123456","nickname":"小明"}')).toEqual({ type: 'join', code: '123456', nickname: '小明' });
    expect(parseClientMessage('{"type":"answer","questionIndex":2,"choice":[0,3]}').type).toBe('answer');
    expect(parseClientMessage('{"type":"create","quizSetId":"7","settings":{"timerSec":null,"scoring":"speed","hideNames":true}}').type).toBe('create');
    expect(parseClientMessage('{"type":"extraTime","playerId":"p1","seconds":30}').type).toBe('extraTime');
  });

  it('refuses a 7-digit or lettered code, junk and unknown fields with Chinese reasons', () => {
    expect(refusal('{"type":"join","code":"1234567","nickname":"a"}')).toEqual({ code: 'bad-message', message: '加入码应为6位数字。' });
    expect(refusal('{"type":"join","code":"012345","nickname":"a"}')?.message).toBe('加入码应为6位数字。');
    expect(refusal('{"type":"join","code":"12345a","nickname":"a"}')?.message).toBe('加入码应为6位数字。');
    expect(refusal('not json')).toEqual({ code: 'bad-message', message: '消息不是有效的 JSON。' });
    expect(refusal('{"type":"hack"}')?.message).toBe('未知的消息类型。');
    expect(refusal('{"type":"next","extra":1}')?.code).toBe('bad-message');
    expect(refusal('{"type":"answer","questionIndex":0,"choice":[0.5]}')?.code).toBe('bad-message');
  });

  it('refuses a timer outside 5–120 s and oversized frames', () => {
    const create = (t: unknown) => `{"type":"create","quizSetId":"1","settings":{"timerSec":${JSON.stringify(t)},"scoring":"accuracy","hideNames":false}}`;
    expect(refusal(create(4))).toEqual({ code: 'bad-settings', message: '每题限时应为5–120秒，或不限时。' });
    expect(refusal(create(121))?.code).toBe('bad-settings');
    expect(refusal(create(5))).toBeNull();
    expect(refusal(create(120))).toBeNull();
    const big = JSON.stringify({ type: 'join', code: '123456', nickname: '长'.repeat(MAX_MESSAGE_BYTES / 3 + 1) });
    expect(refusal(big)?.code).toBe('too-large');
  });
});

describe('codes and scoring', () => {
  it('makes six-digit codes and 22-character tokens', () => {
    const codes = Array.from({ length: 500 }, () => randomCode());
    expect(codes.every(isCode)).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(490);
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Rejection sampling: a draw at the top of the 32-bit range is thrown away, not folded in.
    const draws = [[255, 255, 255, 255], [0, 0, 0, 1]];
    expect(randomCode(() => new Uint8Array(draws.shift()!))).toBe('100001');
  });

  it('scores speed between 500 and 1000 and accuracy flat', () => {
    expect(pointsFor({ correct: true, scoring: 'speed', timeMs: 0, limitMs: 10_000 })).toBe(1000);
    expect(pointsFor({ correct: true, scoring: 'speed', timeMs: 5000, limitMs: 10_000 })).toBe(750);
    expect(pointsFor({ correct: true, scoring: 'speed', timeMs: 15_000, limitMs: null })).toBe(750);
    expect(pointsFor({ correct: true, scoring: 'accuracy', timeMs: 9999, limitMs: 10_000 })).toBe(1000);
    expect(pointsFor({ correct: false, scoring: 'speed', timeMs: 0, limitMs: 10_000 })).toBe(0);
  });
});
