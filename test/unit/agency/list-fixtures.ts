/** Laws and sheet rows shared by the import tests, and a reader of an import's refusals. */
import { expect } from 'vitest';
import type { LawRef } from '../../../core/agency/list-cells';
import { type ImportOptions, importListRows } from '../../../core/agency/list-import';

export const LAWS: LawRef[] = [
  { title: '中华人民共和国民法典', slug: '民法典' },
  { title: '中华人民共和国消费者权益保护法', slug: '消费者权益保护法' },
  { title: '中华人民共和国宪法', slug: '宪法' },
];
export const OPTS: ImportOptions = { laws: LAWS, year: 2026 };
export const HEAD = [
  '序号',
  '类别',
  '普法内容',
  '涉及法律',
  '责任领导',
  '责任人',
  '责任科室',
  '普法对象',
  '普法形式',
  '重要时间节点',
  '工作目标',
  '完成时限',
  '完成状态',
];
export const ROW1 = [
  '1',
  '民法典',
  '民法典进企业',
  '《中华人民共和国民法典》、消费者权益保护法',
  '王局长',
  '李科员',
  '法规科',
  '企业经营者，个体工商户',
  '讲座；新媒体',
  '民法典宣传月',
  '开展讲座不少于4场',
  '2026/6/30',
  '进行中',
];
export const ROW2 = [
  '2',
  '宪法宣传',
  '宪法宣传周活动',
  '宪法',
  '王局长',
  '张科员',
  '办公室',
  '机关干部',
  '戏曲\n评书',
  '12·4国家宪法日',
  '组织一场戏曲普法演出',
  '2026年12月10日',
  '',
];

/** The errors of an import that must fail (and then returns no items). */
export function errorsOf(rows: string[][], opts: ImportOptions = OPTS) {
  const r = importListRows(rows, opts);
  if (r.ok) throw new Error('expected errors');
  expect(r).not.toHaveProperty('items');
  return r.errors;
}
