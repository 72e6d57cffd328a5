/**
 * The key-date calendar (重要时间节点): resolving rules to concrete dates for a year, Chinese
 * labels, and which agencies did nothing around a key date.
 */
import { addDays, daysInMonth, isoDate, rangesOverlap, weekday } from './dates';
import { NATIONAL_KEY_DATES } from './key-date-data';
import type { Campaign, DateRule, IsoDate, KeyDate, MonthDay, ResolvedKeyDate } from './types';

export { NATIONAL_KEY_DATES };

const MD_RE = /^(\d{2})-(\d{2})$/;
const ORDINALS = ['一', '二', '三', '四', '五'];
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function monthDay(year: number, md: MonthDay): IsoDate | null {
  const m = MD_RE.exec(md);
  return m ? isoDate(year, Number(m[1]), Number(m[2])) : null;
}

function validMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

/**
 * The first and last day of `rule` in `year`, or null when the rule names no real day that
 * year (a '02-29' in a common year, a fifth Sunday that does not exist, a malformed rule).
 */
export function resolveRule(rule: DateRule, year: number): { start: IsoDate; end: IsoDate } | null {
  switch (rule.kind) {
    case 'day': {
      const d = monthDay(year, rule.date);
      return d ? { start: d, end: d } : null;
    }
    case 'range': {
      const start = monthDay(year, rule.start);
      const end = monthDay(year, rule.end);
      return start && end && start <= end ? { start, end } : null;
    }
    case 'month':
      if (!validMonth(rule.month)) return null;
      return { start: isoDate(year, rule.month, 1)!, end: isoDate(year, rule.month, daysInMonth(year, rule.month))! };
    case 'nth-weekday': {
      const { month, weekday: wd, nth } = rule;
      const days = rule.days ?? 1;
      if (!validMonth(month) || !Number.isInteger(wd) || wd < 0 || wd > 6) return null;
      if (!Number.isInteger(days) || days < 1 || !(nth === -1 || (Number.isInteger(nth) && nth >= 1 && nth <= 5))) {
        return null;
      }
      const last = daysInMonth(year, month);
      const day =
        nth === -1
          ? last - ((weekday(isoDate(year, month, last)!) - wd + 7) % 7)
          : 1 + ((wd - weekday(isoDate(year, month, 1)!) + 7) % 7) + (nth - 1) * 7;
      if (day > last) return null;
      const start = isoDate(year, month, day)!;
      return { start, end: addDays(start, days - 1) };
    }
    case 'week-of-month': {
      if (!validMonth(rule.month) || !Number.isInteger(rule.week) || rule.week < 1 || rule.week > 5) return null;
      const first = isoDate(year, rule.month, 1)!;
      // Monday of the week holding the 1st, then whole weeks on.
      const start = addDays(first, -((weekday(first) + 6) % 7) + (rule.week - 1) * 7);
      return { start, end: addDays(start, 6) };
    }
    default:
      return null;
  }
}

/**
 * The calendar placed in `year`, sorted by start date. Announced dates win over the rule;
 * entries not yet observed that year (`since`) or naming no real day are left out.
 */
export function keyDatesInYear(year: number, keyDates: readonly KeyDate[] = NATIONAL_KEY_DATES): ResolvedKeyDate[] {
  const out: ResolvedKeyDate[] = [];
  for (const kd of keyDates) {
    if (kd.since !== undefined && year < kd.since) continue;
    const announced = kd.announced?.[year];
    const range = announced ? resolveRule({ kind: 'range', ...announced }, year) : resolveRule(kd.rule, year);
    if (!range) continue;
    const estimated = !announced && !!kd.estimated;
    out.push({ id: kd.id, name: kd.name, ...range, estimated, leadAgencyIds: [...kd.leadAgencyIds] });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** Chinese description of when a key date falls, e.g. '12月4日', '9月第三个星期六', '5月'. */
export function keyDateLabel(kd: Pick<KeyDate, 'rule' | 'estimated'>): string {
  const md = (s: MonthDay) => {
    const m = MD_RE.exec(s);
    return m ? `${Number(m[1])}月${Number(m[2])}日` : s;
  };
  const r = kd.rule;
  let text: string;
  if (r.kind === 'day') text = md(r.date);
  else if (r.kind === 'range') text = `${md(r.start)}至${md(r.end)}`;
  else if (r.kind === 'month') text = `${r.month}月`;
  else if (r.kind === 'week-of-month') text = `${r.month}月第${ORDINALS[r.week - 1] ?? r.week}周`;
  else {
    const which = r.nth === -1 ? '最后一个' : `第${ORDINALS[r.nth - 1] ?? r.nth}个`;
    text = `${r.month}月${which}星期${WEEKDAYS[r.weekday] ?? ''}`;
  }
  return kd.estimated ? `${text}（以当年通知为准）` : text;
}

/** A copy of the calendar with the city's lead agencies assigned by key-date id. */
export function assignLeads(keyDates: readonly KeyDate[], leads: Readonly<Record<string, string[]>>): KeyDate[] {
  return keyDates.map((kd) => ({ ...kd, leadAgencyIds: [...(leads[kd.id] ?? kd.leadAgencyIds)] }));
}

/**
 * True when the campaign acts on the key date. A campaign linked to this key date counts
 * when it starts in the same year or falls inside the window; one linked to another key
 * date never counts; an unlinked one counts when it overlaps the key date ± `windowDays`.
 */
export function campaignActsOnKeyDate(campaign: Campaign, keyDate: ResolvedKeyDate, windowDays = 7): boolean {
  const inWindow = rangesOverlap(
    campaign.startDate,
    campaign.endDate,
    addDays(keyDate.start, -windowDays),
    addDays(keyDate.end, windowDays),
  );
  if (campaign.keyDateId) {
    if (campaign.keyDateId !== keyDate.id) return false;
    return inWindow || campaign.startDate.slice(0, 4) === keyDate.start.slice(0, 4);
  }
  return inWindow;
}

/**
 * The agencies (of `agencyIds`, in that order) that organized no campaign acting on the key
 * date; see campaignActsOnKeyDate for what counts.
 */
export function agenciesWithoutActionOnKeyDate(
  campaigns: readonly Campaign[],
  keyDate: ResolvedKeyDate,
  agencyIds: readonly string[],
  windowDays = 7,
): string[] {
  const acted = new Set<string>();
  for (const c of campaigns) {
    if (campaignActsOnKeyDate(c, keyDate, windowDays)) c.organizerAgencyIds.forEach((id) => acted.add(id));
  }
  return agencyIds.filter((id) => !acted.has(id));
}

/**
 * A calendar entry stored as month, day and length (the CMS's key-dates) placed in `year`;
 * null when the day does not exist that year (29 February).
 */
export function placeStoredKeyDate(
  k: { id: string; name: string; month: number; day: number; durationDays?: number | null; leadAgencyIds: string[] },
  year: number,
): ResolvedKeyDate | null {
  const start = isoDate(year, k.month, k.day);
  if (!start) return null;
  return { id: k.id, name: k.name, start, end: addDays(start, (k.durationDays ?? 1) - 1), estimated: false, leadAgencyIds: k.leadAgencyIds };
}
