/** Words of the law library: a version's legal status (时效性) and how an article changed between versions. */
import type { ArticleChangeKind } from '../law/compare';

/** 时效性 of one law version on a given day. */
export const LAW_STATUSES = ['in-force', 'amended', 'repealed', 'not-yet-effective'] as const;
/** One version's status. */
export type LawStatus = (typeof LAW_STATUSES)[number];
/** Chinese labels of the statuses, as 北大法宝 and the official database word them. */
export const LAW_STATUS_LABELS: Readonly<Record<LawStatus, string>> = {
  'in-force': '现行有效',
  amended: '已修改',
  repealed: '已废止',
  'not-yet-effective': '尚未生效',
};

/** What 本条修改情况 says about an article compared with the previous version. */
export const ARTICLE_CHANGE_LABELS: Readonly<Record<ArticleChangeKind, string>> = {
  unchanged: '未修改',
  modified: '已修改',
  added: '新增条文',
  deleted: '已删除',
  renumbered: '条号变更',
};
