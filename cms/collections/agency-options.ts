/** Option lists shared by the agencies' collections (responsibility lists, campaigns). */
const options = (values: readonly string[]) => values.map((v) => ({ label: v, value: v }));

/** 法治六进: the six places legal education goes into. */
export const SIX_INTO = ['机关', '乡村', '社区', '学校', '企业', '单位'] as const;
export const sixIntoOptions = options(SIX_INTO);

export const AUDIENCE_OPTIONS = options([
  '国家工作人员',
  '青少年',
  '农村居民',
  '社区居民',
  '企业经营者',
  '职工',
  '执法对象',
  '老年人',
  '妇女儿童',
  '社会公众',
]);

export const FORM_OPTIONS = options([
  '讲座',
  '以案释法',
  '戏曲',
  '评书',
  '快板',
  '情景剧',
  '新媒体',
  '展板',
  '知识竞赛',
  '送法上门',
  '法律咨询',
  '旁听庭审',
]);

export const ITEM_STATUS_OPTIONS = options(['未开始', '进行中', '已完成']);

export const LIST_STATUS_OPTIONS = [
  { value: 'draft', label: '草稿' },
  { value: 'submitted', label: '已提交待审' },
  { value: 'returned', label: '已退回' },
  { value: 'published', label: '已发布' },
];
