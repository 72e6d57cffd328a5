/**
 * Every message a player or the screen receives during a whole game, serialised, must not
 * contain an answer key before that question's reveal: a question's correct option texts (or
 * its explanation) never appear, nor any `correct`/`correctOptions` field, until `reveal`.
 */
import { describe, expect, it } from 'vitest';
import type { Outbound } from '../../../core/live/game';
import type { LiveQuestion } from '../../../core/live/protocol';
import { join, makeGame } from './fixture';

// Option texts unique to the key, so a leak of the key text is detectable in JSON.
const KEYED: LiveQuestion[] = [
  { id: 'k1', kind: 'single', text: '题一', options: ['KEY-ONE-RIGHT', '题一错A', '题一错B'], correct: [0], explanation: 'EXPLAIN-ONE' },
  { id: 'k2', kind: 'multiple', text: '题二', options: ['题二错', 'KEY-TWO-A', 'KEY-TWO-B'], correct: [1, 2], explanation: 'EXPLAIN-TWO' },
  { id: 'k3', kind: 'truefalse', text: '题三', options: ['正确', '错误'], correct: [1], explanation: 'EXPLAIN-THREE' },
];

describe('no answer key before reveal', () => {
  it('scans every outgoing player and screen message of a whole game', () => {
    const { game, clock } = makeGame({ timerSec: 10, allowLate: true }, KEYED);
    const sent: { outs: Outbound[]; revealed: number }[] = [];
    let revealed = -1;
    const step = (outs: Outbound[]) => {
      for (const o of outs) if (o.msg.type === 'reveal') revealed = o.msg.questionIndex;
      sent.push({ outs, revealed });
    };
    const a = join(game, '甲');
    const b = join(game, '乙');
    step(game.extraTime(b.id, 5));
    for (let i = 0; i < KEYED.length; i++) {
      step(game.next());
      step(game.pause());
      step(game.resume());
      if (i === 0) step(game.join({ conn: 'late', nickname: '迟到' }));
      clock.t += 1000;
      step(game.answer(a.id, i, KEYED[i]!.correct));
      step(game.disconnect(b.id));
      step(game.join({ conn: 'again', nickname: '', resumeToken: b.token }));
      clock.t += 20_000;
      step(game.tick());
      step(game.reveal());
    }
    step(game.end());
    let scanned = 0;
    for (const { outs, revealed: upTo } of sent) {
      for (const o of outs) {
        if ('role' in o.to && o.to.role === 'host') continue;
        if ('conn' in o.to && o.msg.type === 'hosting') continue;
        const json = JSON.stringify(o.msg);
        scanned++;
        KEYED.forEach((q, i) => {
          if (i <= upTo) return;
          // Option texts are shown with the question; the key is which of them are correct.
          expect(json.includes('correctOptions') && json.includes(`"questionIndex":${i}`)).toBe(false);
          expect(json).not.toContain(q.explanation!);
        });
        // The per-question `correct` arrays (the host's report) never reach a player or the screen.
        expect(json).not.toMatch(/"correct":\[/);
        if (o.msg.type === 'reveal') expect(o.msg.questionIndex).toBeLessThanOrEqual(upTo);
      }
    }
    expect(scanned).toBeGreaterThan(40);
  });
});
