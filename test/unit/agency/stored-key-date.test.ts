import { describe, expect, it } from 'vitest';
import { placeStoredKeyDate } from '../../../core/agency/key-dates';

describe('placeStoredKeyDate', () => {
  const week = { id: '1', name: '宪法宣传周', month: 12, day: 1, durationDays: 7, leadAgencyIds: ['a'] };
  it('places a stored month/day/length in a year', () => {
    expect(placeStoredKeyDate(week, 2026)).toEqual({ id: '1', name: '宪法宣传周', start: '2026-12-01', end: '2026-12-07', estimated: false, leadAgencyIds: ['a'] });
    expect(placeStoredKeyDate({ ...week, durationDays: null }, 2026)?.end).toBe('2026-12-01');
  });
  it('gives null for a day the year does not have', () => {
    expect(placeStoredKeyDate({ ...week, month: 2, day: 29 }, 2026)).toBeNull();
    expect(placeStoredKeyDate({ ...week, month: 2, day: 29 }, 2028)?.start).toBe('2028-02-29');
  });
});
