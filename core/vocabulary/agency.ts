/**
 * Words of the agencies' 普法 year, one source for the CMS's option lists, the seeds, the
 * report and the site: stored values `as const`, Chinese labels beside them.
 */

/** Workflow states of a responsibility list or report version. */
export const LIST_STATUSES = ['draft', 'submitted', 'returned', 'published'] as const;
/** A list or report version's workflow state. */
export type ListStatus = (typeof LIST_STATUSES)[number];
/** Chinese labels of the workflow states (admin, report, error messages). */
export const LIST_STATUS_LABELS: Readonly<Record<ListStatus, string>> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  published: '已发布',
};

/** Progress of one list item (标准清单). */
export const ITEM_STATUSES = ['未开始', '进行中', '已完成'] as const;
/** An item's progress. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** 法治六进: the six places legal education goes into (a campaign's main target). */
export const SIX_TARGETS = ['机关', '乡村', '社区', '学校', '企业', '单位'] as const;
/** One 法治六进 target. */
export type SixTarget = (typeof SIX_TARGETS)[number];

/** Usual 普法对象 of a list item (free text; these are suggested). */
export const ITEM_AUDIENCES = ['国家工作人员', '青少年', '农村居民', '社区居民', '企业经营者', '职工', '执法对象', '老年人', '妇女儿童', '社会公众'] as const;

/** Usual 普法形式 of a list item (free text; these are suggested). */
export const ITEM_FORMS = ['讲座', '以案释法', '戏曲', '评书', '快板', '情景剧', '新媒体', '展板', '知识竞赛', '送法上门', '法律咨询', '旁听庭审'] as const;

/** 戏曲 kinds (剧种): a 戏曲普法 work is stored with its kind, browsed under 戏曲. */
export const OPERA_KINDS = ['吕剧', '京剧', '豫剧', '黄梅戏', '越剧', '评剧', '昆曲', '秦腔', '川剧', '粤剧', '五音戏', '茂腔', '柳琴戏', '山东梆子'] as const;
/** 艺术形式 of a 普法作品: the opera kinds, then the other forms. */
export const ART_FORMS = [...OPERA_KINDS, '评书', '快板', '山东快书', '相声', '小品', '情景剧', '动画', '海报', '其他'] as const;
/** One art form. */
export type ArtForm = (typeof ART_FORMS)[number];

/** The browsing form of a stored art form: 戏曲 with its kind for an opera kind, else the form itself. */
export function artFormGroup(artForm: string): { artForm: string; operaKind?: string } {
  return (OPERA_KINDS as readonly string[]).includes(artForm) ? { artForm: '戏曲', operaKind: artForm } : { artForm };
}
