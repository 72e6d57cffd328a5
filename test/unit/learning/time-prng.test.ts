import { describe, expect, it } from 'vitest';
import { createPrng, sample, shuffled } from '../../../core/learning/prng';
import { addDays, dayKey, daysBetween, isValidTimeZone, weekStart, yearOf } from '../../../core/learning/time';

describe('civil days in a time zone', () => {
  it('puts one instant on different days in Shanghai and New York', () => {
    const at = '2026-03-10T02:00:00Z'; // 10:00 in Shanghai, 22:00 the day before in New York
    expect(dayKey(at, 'Asia/Shanghai')).toBe('2026-03-10');
    expect(dayKey(at, 'America/New_York')).toBe('2026-03-09');
    expect(dayKey(at, 'UTC')).toBe('2026-03-10');
  });

  it('follows New York DST (EST −5 before 8 March 2026, EDT −4 after)', () => {
    expect(dayKey('2026-03-08T04:30:00Z', 'America/New_York')).toBe('2026-03-07'); // 23:30 EST
    expect(dayKey('2026-03-09T03:30:00Z', 'America/New_York')).toBe('2026-03-08'); // 23:30 EDT
    expect(dayKey('2026-03-09T04:30:00Z', 'America/New_York')).toBe('2026-03-09'); // 00:30 EDT
  });

  it('does calendar arithmetic without fractional days', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // leap year
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekStart('2026-03-15')).toBe('2026-03-09'); // Sunday → Monday before
    expect(weekStart('2026-03-09')).toBe('2026-03-09');
  });

  it('assigns New Year’s Eve evening in UTC to the next year in Shanghai', () => {
    expect(yearOf('2026-12-31T20:00:00Z', 'Asia/Shanghai')).toBe(2027);
    expect(yearOf('2026-12-31T20:00:00Z', 'UTC')).toBe(2026);
  });

  it('knows valid zones and rejects bad input', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => dayKey('not a date', 'UTC')).toThrow(RangeError);
  });
});

describe('seeded PRNG', () => {
  it('repeats the same sequence for the same seed and differs for near seeds', () => {
    const a = createPrng('exam-2026-learner-1');
    const b = createPrng('exam-2026-learner-1');
    const c = createPrng('exam-2026-learner-2');
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('is roughly uniform (each of 10 buckets within ±15% over 20,000 draws)', () => {
    const prng = createPrng('uniformity');
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(prng() * 10)]!++;
    for (const n of buckets) expect(Math.abs(n - 2000)).toBeLessThan(300);
  });

  it('shuffles without losing items and samples distinct items', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect([...shuffled(items, createPrng('s'))].sort((x, y) => x - y)).toEqual(items);
    const picked = sample(items, 8, createPrng('s'));
    expect(new Set(picked).size).toBe(8);
    expect(() => sample(items, 21, createPrng('s'))).toThrow(RangeError);
  });
});
