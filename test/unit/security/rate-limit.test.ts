import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../core/security/rate-limit';

const MINUTE = 60_000;

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateLimiter (token bucket)', () => {
  it('lets a burst of `limit` through, refuses the next with a retry time, then refills', () => {
    const c = clock();
    const limiter = new RateLimiter({ now: c.now });
    const rule = { limit: 5, windowMs: 10 * MINUTE };
    const decisions = Array.from({ length: 6 }, () => limiter.hit('a', rule));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions[4]!.remaining).toBe(0);
    // One token per windowMs / limit = 2 minutes.
    expect(decisions[5]!.retryAfterMs).toBe(2 * MINUTE);
    c.advance(2 * MINUTE - 1);
    expect(limiter.hit('a', rule).allowed).toBe(false);
    c.advance(1);
    expect(limiter.hit('a', rule).allowed).toBe(true);
    expect(limiter.hit('a', rule).allowed).toBe(false);
    c.advance(10 * MINUTE);
    expect(limiter.peek('a', rule)).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('keeps keys apart and peek does not count', () => {
    const limiter = new RateLimiter({ now: clock().now });
    const rule = { limit: 1, windowMs: MINUTE };
    expect(limiter.peek('a', rule).allowed).toBe(true);
    expect(limiter.hit('a', rule).allowed).toBe(true);
    expect(limiter.hit('a', rule).allowed).toBe(false);
    expect(limiter.hit('b', rule).allowed).toBe(true);
  });

  it('refund gives one request back, never above the limit', () => {
    const limiter = new RateLimiter({ now: clock().now });
    const rule = { limit: 2, windowMs: MINUTE };
    limiter.hit('a', rule);
    limiter.hit('a', rule);
    expect(limiter.peek('a', rule).allowed).toBe(false);
    limiter.refund('a', rule);
    expect(limiter.hit('a', rule).allowed).toBe(true);
    limiter.refund('a', rule);
    limiter.refund('a', rule);
    limiter.refund('a', rule);
    expect(limiter.peek('a', rule).remaining).toBe(1);
    limiter.refund('unknown', rule);
    expect(limiter.size).toBe(1);
  });

  it('holds at most maxKeys keys, dropping the least recently used', () => {
    const limiter = new RateLimiter({ now: clock().now, maxKeys: 100 });
    const rule = { limit: 1, windowMs: MINUTE };
    limiter.hit('attacker', rule);
    for (let i = 0; i < 1000; i += 1) {
      limiter.hit(`k${i}`, rule);
      if (i % 10 === 0) limiter.hit('attacker', rule);
    }
    expect(limiter.size).toBe(100);
    // A key in steady use is never the one evicted, so flooding other keys cannot reset it.
    expect(limiter.hit('attacker', rule).allowed).toBe(false);
    limiter.reset();
    expect(limiter.size).toBe(0);
    expect(limiter.hit('attacker', rule).allowed).toBe(true);
  });
});
