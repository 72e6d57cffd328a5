/** Generated agencies' years for the scale benchmark: deterministic, realistic proportions. */
import { prng } from '../cms/seed/agency-year';
import { SIX_TARGETS } from '../core/agency/types';

export interface GeneratedYear {
  agency: number;
  year: number;
  items: { topic: string; category: string; progress: string; deadline: string; campaigns: number[] }[];
  campaigns: { id: number; month: number; day: number; target: string; participants: number | null }[];
}

const CATEGORIES = ['宪法宣传', '民法典', '安全生产', '消费维权', '青少年', '劳动保障', '生态环境', '基层治理'];
const PROGRESS = ['已完成', '已完成', '进行中', '未开始'];

/** `agencies` × `years` agency-years, each with 10 list items and 8–16 campaigns. */
export function generateAgencyYears(agencies: number, years: number[], seed = 42): GeneratedYear[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  let campaignId = 0;
  const out: GeneratedYear[] = [];
  for (let agency = 0; agency < agencies; agency += 1) {
    for (const year of years) {
      const campaigns = Array.from({ length: 8 + Math.floor(random() * 9) }, () => ({
        id: (campaignId += 1),
        month: 1 + Math.floor(random() * 12),
        day: 1 + Math.floor(random() * 28),
        target: pick(SIX_TARGETS),
        participants: random() < 0.1 ? null : 20 + Math.floor(random() * 500),
      }));
      const items = Array.from({ length: 10 }, (_, i) => ({
        topic: `第${i + 1}项普法任务`,
        category: pick(CATEGORIES),
        progress: pick(PROGRESS),
        deadline: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-28`,
        campaigns: campaigns.filter(() => random() < 0.15).map((c) => c.id),
      }));
      out.push({ agency, year, items, campaigns });
    }
  }
  return out;
}
