/**
 * The pages' socket client reconnects after a dropped connection, but never after the server's
 * final close codes: two tabs of one player would otherwise take the game from each other forever.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_REMOVED, CLOSE_REPLACED } from '../../../core/live/protocol';
import { liveSocket } from '../../../site/components/live/live-socket';

class FakeSocket extends EventTarget {
  static OPEN = 1;
  static made: FakeSocket[] = [];
  readyState = 1;
  constructor(readonly url: string) {
    super();
    FakeSocket.made.push(this);
  }
  send() {}
  close() {}
  drop(code: number) {
    const e = new Event('close') as Event & { code: number };
    e.code = code;
    this.dispatchEvent(e);
  }
}

describe('live socket client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.made = [];
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('location', { protocol: 'https:', host: 'pufa.example.test' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reconnects after an ordinary drop, to wss on the same host', () => {
    const states: boolean[] = [];
    liveSocket({ onOpen: () => {}, onMessage: () => {}, onState: (up) => states.push(up) });
    expect(FakeSocket.made[0]!.url).toBe('wss://pufa.example.test/live');
    FakeSocket.made[0]!.drop(1006);
    vi.advanceTimersByTime(1500);
    expect(FakeSocket.made).toHaveLength(2);
    expect(states).toEqual([false]);
  });

  it.each([CLOSE_REPLACED, CLOSE_REMOVED])('stops for good after close code %i and says so once', (code) => {
    const finals: number[] = [];
    const states: boolean[] = [];
    liveSocket({ onOpen: () => {}, onMessage: () => {}, onState: (up) => states.push(up), onFinal: (c) => finals.push(c) });
    FakeSocket.made[0]!.drop(code);
    vi.advanceTimersByTime(10 * 60_000);
    expect(FakeSocket.made).toHaveLength(1);
    expect(finals).toEqual([code]);
    expect(states).toEqual([]);
  });
});
