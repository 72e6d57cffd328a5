/** The city's 普法 calendar as seeded; lead agencies by name (see agencies.ts). */
export interface SeedKeyDate {
  name: string;
  month: number;
  day: number;
  durationDays?: number;
  description: string;
  leads: string[];
}

export const SEED_KEY_DATES: SeedKeyDate[] = [
  { name: '3·15 国际消费者权益日', month: 3, day: 15, description: '消费者权益保护法宣传', leads: ['泉城市市场监督管理局'] },
  { name: '4·15 全民国家安全教育日', month: 4, day: 15, description: '国家安全法、反间谍法宣传', leads: ['泉城市公安局'] },
  { name: '5月 民法典宣传月', month: 5, day: 1, durationDays: 31, description: '民法典颁布纪念与宣传', leads: ['泉城市司法局'] },
  { name: '6·5 环境日', month: 6, day: 5, description: '环境保护法宣传', leads: ['泉城市生态环境局'] },
  { name: '6·26 国际禁毒日', month: 6, day: 26, description: '禁毒法宣传', leads: ['泉城市公安局'] },
  { name: '9·1 开学第一课', month: 9, day: 1, description: '未成年人保护法进校园', leads: ['泉城市教育局'] },
  { name: '12·4 国家宪法日', month: 12, day: 4, durationDays: 7, description: '宪法宣传周（12月1日—7日）', leads: ['泉城市司法局'] },
];
