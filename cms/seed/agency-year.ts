/**
 * A living demo year for the agencies: responsibility lists in every workflow state, campaigns
 * spread over the year, and one published annual report with its 评议. Deterministic.
 */
import type { SeedKeyDate } from './key-dates';

export const DEMO_YEAR = 2026;

interface ItemTemplate {
  category: string;
  topic: string;
  laws: string[];
  /** Laws the demo library does not hold (stored as 未入库 names; the full corpus has them). */
  otherLaws?: string[];
  audiences: string[];
  forms: string[];
  /** National key-date id (core/agency/key-date-data.ts) the item is tied to. */
  keyDate?: string;
  target: string;
}

/** Topics per agency (by short name); law slugs must exist in the demo law set. */
export const LIST_TEMPLATES: Record<string, ItemTemplate[]> = {
  市司法局: [
    { category: '宪法宣传', topic: '宪法宣传周系列活动', laws: ['宪法'], audiences: ['国家工作人员', '社会公众'], forms: ['讲座', '展板', '知识竞赛'], keyDate: 'constitution-day', target: '宪法宣传周期间开展集中宣传不少于10场' },
    { category: '民法典', topic: '民法典宣传月“美好生活·民法典相伴”', laws: ['民法典'], audiences: ['社区居民', '农村居民'], forms: ['以案释法', '戏曲', '新媒体'], keyDate: 'civil-code-month', target: '覆盖全部街道，制作戏曲普法作品2部' },
    { category: '法律援助', topic: '法律援助进村居', laws: ['法律援助法'], audiences: ['农村居民', '老年人'], forms: ['法律咨询', '送法上门'], target: '每个村居每季度至少一次法律咨询' },
    { category: '人民调解', topic: '法律明白人培训', laws: ['人民调解法'], audiences: ['农村居民'], forms: ['讲座', '以案释法'], target: '每村培养法律明白人不少于3名' },
  ],
  市市场监管局: [
    { category: '消费维权', topic: '3·15 消费者权益保护宣传', laws: ['消费者权益保护法'], audiences: ['社会公众'], forms: ['法律咨询', '展板'], keyDate: 'consumer-day', target: '设立咨询点20个' },
    { category: '营商环境', topic: '包容审慎监管与“四张清单”解读', laws: ['行政处罚法', '济南市优化营商环境条例'], audiences: ['企业经营者'], forms: ['讲座', '新媒体'], target: '重点企业覆盖率100%' },
    { category: '个人信息', topic: '个人信息保护进商超', laws: ['个人信息保护法'], audiences: ['企业经营者', '职工'], forms: ['以案释法'], target: '开展专题培训4场' },
  ],
  市生态环境局: [
    { category: '生态环境', topic: '6·5 环境日主题宣传', laws: [], audiences: ['社会公众', '企业经营者'], forms: ['展板', '新媒体'], keyDate: 'environment-day', target: '发布以案释法案例5个' },
    { category: '执法普法', topic: '“执法+普法”企业帮扶', laws: ['行政处罚法'], audiences: ['执法对象'], forms: ['送法上门'], target: '执法检查同步普法率100%' },
  ],
  市公安局: [
    { category: '禁毒', topic: '6·26 国际禁毒日进校园', laws: [], otherLaws: ['山东省禁毒条例'], audiences: ['青少年'], forms: ['讲座', '情景剧'], keyDate: 'anti-drug-day', target: '全市中学全覆盖' },
    { category: '反家暴', topic: '反家庭暴力告诫制度宣传', laws: ['反家庭暴力法'], audiences: ['妇女儿童', '社区居民'], forms: ['以案释法', '快板'], target: '每个派出所辖区开展一次' },
    { category: '国家安全', topic: '全民国家安全教育日宣传', laws: ['宪法'], audiences: ['社会公众'], forms: ['展板', '新媒体'], keyDate: 'national-security-day', target: '线上阅读量10万+' },
  ],
  市教育局: [
    { category: '青少年', topic: '开学第一课：未成年人保护法', laws: ['未成年人保护法'], audiences: ['青少年'], forms: ['讲座', '知识竞赛'], target: '全市中小学全覆盖' },
    { category: '宪法宣传', topic: '学宪法讲宪法活动', laws: ['宪法'], audiences: ['青少年'], forms: ['知识竞赛'], keyDate: 'constitution-day', target: '参与学生5万人次' },
  ],
  市人社局: [
    { category: '劳动保障', topic: '劳动合同法进企业', laws: ['劳动合同法'], audiences: ['职工', '企业经营者'], forms: ['讲座', '法律咨询'], target: '重点用工企业覆盖率90%' },
    { category: '劳动保障', topic: '根治欠薪宣传', laws: ['劳动合同法'], audiences: ['职工'], forms: ['评书', '新媒体'], target: '制作评书普法作品1部' },
  ],
  历下区司法局: [
    { category: '社区矫正', topic: '社区矫正对象法治教育', laws: ['社区矫正法'], audiences: ['社区居民'], forms: ['讲座'], target: '每月集中教育一次' },
    { category: '民法典', topic: '民法典进社区', laws: ['民法典'], audiences: ['社区居民'], forms: ['以案释法', '戏曲'], keyDate: 'civil-code-month', target: '辖区社区全覆盖' },
  ],
  泉城路街道: [
    { category: '基层治理', topic: '邻里纠纷人民调解宣传', laws: ['人民调解法'], audiences: ['社区居民'], forms: ['送法上门'], target: '调解成功率95%以上' },
  ],
};

/** Workflow state of each demo agency's list this year. */
export const LIST_STATES: Record<string, 'published' | 'submitted' | 'returned' | 'draft'> = {
  市司法局: 'published',
  市市场监管局: 'published',
  市生态环境局: 'submitted',
  市公安局: 'published',
  市教育局: 'published',
  市人社局: 'returned',
  历下区司法局: 'published',
  泉城路街道: 'draft',
};

const TARGETS = ['机关', '乡村', '社区', '学校', '企业', '单位'] as const;

/** Small deterministic PRNG (mulberry32) so the demo year is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CampaignPlan {
  agency: string;
  theme: string;
  month: number;
  day: number;
  target: (typeof TARGETS)[number];
  participants: number;
  laws: string[];
  keyDate?: string;
  itemIndex: number;
}

/** Campaigns per list item: one or two per item, on its key date when it has one. */
export function planCampaigns(keyDates: SeedKeyDate[]): CampaignPlan[] {
  const random = prng(20261204);
  const plans: CampaignPlan[] = [];
  for (const [agency, items] of Object.entries(LIST_TEMPLATES)) {
    items.forEach((item, itemIndex) => {
      const count = 1 + Math.floor(random() * 2);
      for (let i = 0; i < count; i += 1) {
        const key = item.keyDate ? keyDates.find((k) => k.code === item.keyDate) : undefined;
        const [m, d] = key ? [key.month, key.day] : [1 + Math.floor(random() * 10), 1 + Math.floor(random() * 27)];
        plans.push({
          agency,
          theme: i === 0 ? item.topic : `${item.topic}（第${i + 1}场）`,
          month: i === 0 ? m! : Math.min(12, m! + 1 + Math.floor(random() * 2)),
          day: d!,
          target: TARGETS[Math.floor(random() * TARGETS.length)]!,
          participants: 30 + Math.floor(random() * 470),
          laws: item.laws,
          keyDate: i === 0 ? key?.code : undefined,
          itemIndex,
        });
      }
    });
  }
  return plans;
}
