import { keyDatesInYear, NATIONAL_KEY_DATES } from '../../core/agency/key-dates';
import { daysBetween } from '../../core/learning/time';

/** Which demo agency leads the dates whose suggested lead is of this kind (see agencies.ts). */
const LEAD_BY_KIND: Record<string, string> = {
  公安机关: '泉城市公安局',
  市场监管: '泉城市市场监督管理局',
  司法行政: '泉城市司法局',
  教育: '泉城市教育局',
  生态环境: '泉城市生态环境局',
  人力资源社会保障: '泉城市人力资源和社会保障局',
};

export interface SeedKeyDate {
  /** core/agency national key-date id, e.g. 'constitution-day'. */
  code: string;
  name: string;
  month: number;
  day: number;
  durationDays: number;
  description: string;
  leads: string[];
}

/** The national 普法 calendar (core/agency/key-date-data.ts) placed in `year`, with demo leads. */
export function seedKeyDates(year: number): SeedKeyDate[] {
  const byId = new Map(NATIONAL_KEY_DATES.map((k) => [k.id, k]));
  return keyDatesInYear(year).map((r) => {
    const source = byId.get(r.id)!;
    const [, month, day] = r.start.split('-').map(Number) as [number, number, number];
    const leads = [...new Set((source.suggestedLeads ?? []).flatMap((kind) => (LEAD_BY_KIND[kind] ? [LEAD_BY_KIND[kind]!] : [])))];
    return {
      code: r.id,
      name: r.name,
      month,
      day,
      durationDays: daysBetween(r.start, r.end) + 1,
      description: [source.basis, source.laws?.length ? `宣传重点：${source.laws.map((l) => `《${l}》`).join('')}` : ''].filter(Boolean).join('；'),
      leads,
    };
  });
}
