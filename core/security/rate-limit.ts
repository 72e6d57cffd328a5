/**
 * In-memory rate limiting by token bucket: each key holds up to `limit` tokens and regains
 * `limit` of them per `windowMs`, so a burst of `limit` passes and then one more per
 * `windowMs / limit`. Pure: the clock is injected, nothing is shared between instances.
 */

/** How many requests a key may make: a burst of `limit`, refilled over `windowMs`. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole requests still allowed right now after this one. */
  remaining: number;
  /** Milliseconds until one more request would be allowed (0 when allowed). */
  retryAfterMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiterOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  now?: () => number;
  /** Most keys kept; the least recently used are dropped beyond it (memory stays bounded). */
  maxKeys?: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor({ now = Date.now, maxKeys = 20_000 }: RateLimiterOptions = {}) {
    this.now = now;
    this.maxKeys = maxKeys;
  }

  /** Counts one request for `key` under `rule` and says whether it may go ahead. */
  hit(key: string, rule: RateRule): RateDecision {
    const bucket = this.refilled(key, rule);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    // Re-inserting keeps the map in least-recently-used order, oldest first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.evict();
    return this.decision(allowed, bucket.tokens, rule);
  }

  /** Whether a request for `key` would be allowed now, without counting it. */
  peek(key: string, rule: RateRule): RateDecision {
    const { tokens } = this.refilled(key, rule);
    return tokens >= 1 ? this.decision(true, tokens - 1, rule) : this.decision(false, tokens, rule);
  }

  /**
   * Gives back one request counted for `key` (e.g. a login that succeeded, so that only
   * failures use up the limit). Never above `limit`.
   */
  refund(key: string, rule: RateRule): void {
    if (!this.buckets.has(key)) return;
    const bucket = this.refilled(key, rule);
    bucket.tokens = Math.min(rule.limit, bucket.tokens + 1);
    this.buckets.set(key, bucket);
  }

  /** Forgets every key (tests; an operator lifting all limits). */
  reset(): void {
    this.buckets.clear();
  }

  /** Number of keys held (for tests of the memory bound). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, rule: RateRule): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: rule.limit, at: now };
    const gained = (Math.max(0, now - bucket.at) * rule.limit) / rule.windowMs;
    return { tokens: Math.min(rule.limit, bucket.tokens + gained), at: now };
  }

  private decision(allowed: boolean, tokens: number, rule: RateRule): RateDecision {
    if (allowed) return { allowed, remaining: Math.floor(tokens), retryAfterMs: 0 };
    return { allowed, remaining: 0, retryAfterMs: Math.ceil(((1 - tokens) * rule.windowMs) / rule.limit) };
  }

  private evict(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) return;
      this.buckets.delete(key);
    }
  }
}
