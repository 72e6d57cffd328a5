import type { Agency } from '../payload-types';

/** A demo city (济南-like) with the agencies a 普法办 works with. Parents by name. */
export type SeedAgency = Pick<Agency, 'name' | 'kind' | 'level'> & { shortName: string; parent?: string };

export const SEED_AGENCIES: SeedAgency[] = [
  { name: '泉城市司法局', shortName: '市司法局', kind: '执法机关', level: '市' },
  { name: '泉城市市场监督管理局', shortName: '市市场监管局', kind: '执法机关', level: '市' },
  { name: '泉城市生态环境局', shortName: '市生态环境局', kind: '执法机关', level: '市' },
  { name: '泉城市公安局', shortName: '市公安局', kind: '执法机关', level: '市' },
  { name: '泉城市教育局', shortName: '市教育局', kind: '执法机关', level: '市' },
  { name: '泉城市人力资源和社会保障局', shortName: '市人社局', kind: '执法机关', level: '市' },
  { name: '泉城市历下区司法局', shortName: '历下区司法局', kind: '执法机关', level: '区县', parent: '泉城市司法局' },
  { name: '历下区泉城路街道办事处', shortName: '泉城路街道', kind: '执法机关', level: '街镇', parent: '泉城市历下区司法局' },
  { name: '泉城路街道芙蓉社区居民委员会', shortName: '芙蓉社区', kind: '村居', level: '村', parent: '历下区泉城路街道办事处' },
  { name: '泉城市第一中学', shortName: '市一中', kind: '学校', level: '市', parent: '泉城市教育局' },
];
