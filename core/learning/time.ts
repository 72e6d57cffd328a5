/** A point in time as the callers hold it: a Date, an ISO string or epoch milliseconds. */
export type Instant = Date | string | number;

/** A civil calendar day, 'YYYY-MM-DD', in some time zone. */
export type DayKey = string;

const DAY_MS = 86_400_000;

/** Epoch milliseconds of an instant; NaN when it cannot be parsed. */
export function toMs(at: Instant): number {
  if (at instanceof Date) return at.getTime();
  return typeof at === 'number' ? at : Date.parse(at);
}

// Formatters are costly to build and immutable, so one per zone is kept (a cache, not state).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows this IANA zone name (e.g. Asia/Shanghai). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The civil day of an instant in an IANA time zone, computed by Intl (so DST and historical
 * offsets are the runtime's tz database, never a fixed offset). Throws on a bad instant or zone.
 */
export function dayKey(at: Instant, timeZone: string): DayKey {
  const ms = toMs(at);
  if (!Number.isFinite(ms)) throw new RangeError(`invalid instant: ${String(at)}`);
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function dayNumber(day: DayKey): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}

/** Whole calendar days from a to b (b − a); civil dates, so DST never makes it fractional. */
export function daysBetween(a: DayKey, b: DayKey): number {
  return dayNumber(b) - dayNumber(a);
}

/** The day n calendar days after (or before, n < 0) a day. */
export function addDays(day: DayKey, n: number): DayKey {
  return new Date((dayNumber(day) + n) * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the ISO week containing a day. */
export function weekStart(day: DayKey): DayKey {
  const weekday = new Date(dayNumber(day) * DAY_MS).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The calendar year of an instant in a time zone (2026-12-31T20:00Z is 2027 in Shanghai). */
export function yearOf(at: Instant, timeZone: string): number {
  return Number(dayKey(at, timeZone).slice(0, 4));
}
