import { describe, expect, it } from 'vitest';
import {
  NATIONAL_KEY_DATES,
  agenciesWithoutActionOnKeyDate,
  assignLeads,
  campaignActsOnKeyDate,
  keyDateLabel,
  keyDatesInYear,
  resolveRule,
} from '../../../core/agency/key-dates';
import type { ResolvedKeyDate } from '../../../core/agency/types';
import { campaign } from './fixtures';

const byId = (year: number) => new Map(keyDatesInYear(year).map((k) => [k.id, k]));

describe('national key dates resolved for a year', () => {
  const y2026 = byId(2026);

  it('places fixed days, months and legal weekday rules on real dates', () => {
    const at = (id: string) => {
      const k = y2026.get(id);
      return k && [k.start, k.end, k.estimated];
    };
    expect(at('police-day')).toEqual(['2026-01-10', '2026-01-10', false]);
    expect(at('national-security-day')).toEqual(['2026-04-15', '2026-04-15', false]);
    expect(at('civil-code-month')).toEqual(['2026-05-01', '2026-05-31', false]);
    expect(at('safety-month')).toEqual(['2026-06-01', '2026-06-30', false]);
    expect(at('environment-day')).toEqual(['2026-06-05', '2026-06-05', false]);
    expect(at('constitution-day')).toEqual(['2026-12-04', '2026-12-04', false]);
    // 3月最后一个星期一, 5月第三个星期日, 9月第三个星期六.
    expect(at('school-safety-day')).toEqual(['2026-03-30', '2026-03-30', false]);
    expect(at('disability-day')).toEqual(['2026-05-17', '2026-05-17', false]);
    expect(at('defence-education-day')).toEqual(['2026-09-19', '2026-09-19', false]);
  });

  it('estimates the variable weeks for a year with no announcement and says so', () => {
    expect(y2026.get('cyber-week')).toMatchObject({ start: '2026-09-14', end: '2026-09-20', estimated: true });
    expect(y2026.get('constitution-week')).toMatchObject({ start: '2026-12-01', end: '2026-12-07', estimated: true });
  });

  it('uses announced dates where known', () => {
    expect(byId(2021).get('cyber-week')).toMatchObject({ start: '2021-10-11', end: '2021-10-17', estimated: false });
    expect(byId(2021).get('constitution-week')).toMatchObject({
      start: '2021-11-29',
      end: '2021-12-05',
      estimated: false,
    });
    expect(byId(2024).get('constitution-week')).toMatchObject({ start: '2024-12-01', estimated: false });
  });

  it('has a cyber-week rule that reproduces the announced weeks of 2020 and 2023–2025', () => {
    const cyber = NATIONAL_KEY_DATES.find((k) => k.id === 'cyber-week')!;
    for (const year of [2020, 2023, 2024, 2025]) {
      const announced = cyber.announced?.[year];
      expect(resolveRule(cyber.rule, year)).toEqual({
        start: `${year}-${announced?.start}`,
        end: `${year}-${announced?.end}`,
      });
    }
  });

  it('matches the first four 全民国防教育日 (2001–2004)', () => {
    const rule = NATIONAL_KEY_DATES.find((k) => k.id === 'defence-education-day')!.rule;
    expect([2001, 2002, 2003, 2004].map((y) => resolveRule(rule, y)?.start)).toEqual([
      '2001-09-15',
      '2002-09-21',
      '2003-09-20',
      '2004-09-18',
    ]);
  });

  it('leaves out days not yet observed', () => {
    expect(byId(2022).has('ecology-day')).toBe(false);
    expect(byId(2023).has('ecology-day')).toBe(true);
    expect(byId(2020).has('civil-code-month')).toBe(false);
    expect(byId(2020).has('police-day')).toBe(false);
  });

  it('is sorted by start date and includes every seed entry observed in 2026', () => {
    const list = keyDatesInYear(2026);
    expect(list.map((k) => k.start)).toEqual([...list.map((k) => k.start)].sort());
    expect(list).toHaveLength(NATIONAL_KEY_DATES.length);
    expect(new Set(NATIONAL_KEY_DATES.map((k) => k.id)).size).toBe(NATIONAL_KEY_DATES.length);
    for (const k of NATIONAL_KEY_DATES) expect(k.basis, k.id).toBeTruthy();
  });
});

describe('resolveRule edge cases', () => {
  it('returns null for days that do not exist that year or malformed rules', () => {
    expect(resolveRule({ kind: 'day', date: '02-29' }, 2025)).toBeNull();
    expect(resolveRule({ kind: 'day', date: '02-29' }, 2024)).toEqual({ start: '2024-02-29', end: '2024-02-29' });
    expect(resolveRule({ kind: 'nth-weekday', month: 2, weekday: 0, nth: 5 }, 2026)).toBeNull();
    expect(resolveRule({ kind: 'range', start: '12-07', end: '12-01' }, 2026)).toBeNull();
    expect(resolveRule({ kind: 'month', month: 13 }, 2026)).toBeNull();
    expect(resolveRule({ kind: 'day', date: '4-15' }, 2026)).toBeNull();
  });

  it('supports multi-day weekday rules and weeks that start in the previous month', () => {
    expect(resolveRule({ kind: 'nth-weekday', month: 9, weekday: 1, nth: 3, days: 7 }, 2026)).toEqual({
      start: '2026-09-21',
      end: '2026-09-27',
    });
    // 2026-03-01 is a Sunday: week 1 of March starts on Monday 23 February.
    expect(resolveRule({ kind: 'week-of-month', month: 3, week: 1 }, 2026)).toEqual({
      start: '2026-02-23',
      end: '2026-03-01',
    });
  });
});

describe('keyDateLabel', () => {
  it('describes each rule kind in Chinese', () => {
    expect(keyDateLabel({ rule: { kind: 'day', date: '12-04' } })).toBe('12月4日');
    expect(keyDateLabel({ rule: { kind: 'month', month: 5 } })).toBe('5月');
    expect(keyDateLabel({ rule: { kind: 'nth-weekday', month: 9, weekday: 6, nth: 3 } })).toBe('9月第三个星期六');
    expect(keyDateLabel({ rule: { kind: 'nth-weekday', month: 3, weekday: 1, nth: -1 } })).toBe('3月最后一个星期一');
    expect(keyDateLabel({ rule: { kind: 'week-of-month', month: 9, week: 3 }, estimated: true })).toBe(
      '9月第三周（以当年通知为准）',
    );
    expect(keyDateLabel({ rule: { kind: 'range', start: '12-01', end: '12-07' } })).toBe('12月1日至12月7日');
  });
});

describe('agencies without action on a key date', () => {
  const kd: ResolvedKeyDate = {
    id: 'consumer-day',
    name: '国际消费者权益日',
    start: '2026-03-15',
    end: '2026-03-15',
    estimated: false,
    leadAgencyIds: [],
  };
  const agencies = ['scjg', 'gaj', 'sfj', 'jyj'];

  it('counts unlinked campaigns inside the window and co-organizers', () => {
    const campaigns = [
      campaign('c1', '2026-03-10', { organizerAgencyIds: ['scjg', 'sfj'] }), // 5 days before
      campaign('c2', '2026-03-23', { organizerAgencyIds: ['gaj'] }), // 8 days after: outside 7
    ];
    expect(agenciesWithoutActionOnKeyDate(campaigns, kd, agencies, 7)).toEqual(['gaj', 'jyj']);
    expect(agenciesWithoutActionOnKeyDate(campaigns, kd, agencies, 8)).toEqual(['jyj']);
    expect(agenciesWithoutActionOnKeyDate([], kd, agencies, 7)).toEqual(agencies);
  });

  it('counts a campaign spanning the key date', () => {
    const long = campaign('c3', '2026-03-01', { endDate: '2026-03-31', organizerAgencyIds: ['jyj'] });
    expect(campaignActsOnKeyDate(long, kd, 0)).toBe(true);
  });

  it('trusts an explicit link within the year, and ignores campaigns linked to another key date', () => {
    const linked = campaign('c4', '2026-04-20', { keyDateId: 'consumer-day' });
    const elsewhere = campaign('c5', '2026-03-15', { keyDateId: 'womens-day' });
    const lastYear = campaign('c6', '2025-03-15', { keyDateId: 'consumer-day' });
    expect(campaignActsOnKeyDate(linked, kd)).toBe(true);
    expect(campaignActsOnKeyDate(elsewhere, kd)).toBe(false);
    expect(campaignActsOnKeyDate(lastYear, kd)).toBe(false);
  });

  it('assigns city lead agencies without touching the seed', () => {
    const city = assignLeads(NATIONAL_KEY_DATES, { 'consumer-day': ['scjg'] });
    expect(city.find((k) => k.id === 'consumer-day')?.leadAgencyIds).toEqual(['scjg']);
    expect(NATIONAL_KEY_DATES.find((k) => k.id === 'consumer-day')?.leadAgencyIds).toEqual([]);
    expect(keyDatesInYear(2026, city).find((k) => k.id === 'consumer-day')?.leadAgencyIds).toEqual(['scjg']);
  });
});
