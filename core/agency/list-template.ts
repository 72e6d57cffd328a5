/**
 * The spreadsheet template of a responsibility list: one row per item, one column per field.
 * Headers are matched tolerantly (full-width letters, spaces, a trailing '*' or a note in
 * brackets are ignored, and a few common synonyms are accepted).
 */

/** Field a template column fills. */
export type ColumnKey =
  | 'seq' | 'category' | 'topic' | 'laws' | 'leader' | 'person' | 'department'
  | 'audiences' | 'forms' | 'keyDates' | 'target' | 'deadline' | 'status'
  | 'campaignIds' | 'mediaIds' | 'note' | 'id';

/** One column of the template. */
export interface TemplateColumn {
  key: ColumnKey;
  /** Header as written in the template (and in exports). */
  header: string;
  /** Other headers accepted on import. */
  aliases: readonly string[];
  /** The column must be present and the cell filled. */
  required: boolean;
  /** Several values in one cell, separated by 、，,；; or a line break. */
  multi: boolean;
  /** What to fill in, shown in the template's instructions. */
  description: string;
}

const col = (
  key: ColumnKey,
  header: string,
  aliases: string[],
  required: boolean,
  multi: boolean,
  description: string,
): TemplateColumn => ({ key, header, aliases, required, multi, description });

/** The columns of the 普法责任清单 template, in export order. */
export const LIST_TEMPLATE: readonly TemplateColumn[] = [
  col('seq', '序号', [], false, false, '条目顺序号，正整数且不重复；留空则按行的先后编号'),
  col('category', '类别', ['分类', '普法类别'], false, false,
    '年度报告中的分组，如 宪法宣传、民法典、安全生产；留空记为“其他”'),
  col('topic', '普法内容', ['内容', '宣传内容', '普法主题'], true, false, '要宣传的主题或任务（内容清单）'),
  col('laws', '涉及法律', ['涉及法律法规', '相关法律', '法律法规'], false, true,
    '法规库已收录的法律名称，可省略“中华人民共和国”和书名号，多项用顿号分隔；法规库尚未收录的写成“名称（未入库）”'),
  col('leader', '责任领导', ['分管领导'], false, false, '分管的单位领导（责任清单）'),
  col('person', '责任人', ['具体责任人'], true, false, '具体负责的工作人员'),
  col('department', '责任科室', ['责任部门', '责任处室', '牵头科室'], true, false, '牵头的内设科室'),
  col('audiences', '普法对象', ['对象', '宣传对象'], false, true, '如 执法对象、企业经营者、青少年（措施清单）'),
  col('forms', '普法形式', ['形式', '宣传形式', '载体'], false, true, '如 讲座、戏曲、评书、新媒体、以案释法'),
  col('keyDates', '重要时间节点', ['时间节点'], false, true, '结合的重要时间节点，如 4·15全民国家安全教育日'),
  col('target', '工作目标', ['目标', '预期目标'], true, false, '可检验的目标，如 开展讲座不少于4场（标准清单）'),
  col('deadline', '完成时限', ['完成时间', '截止日期', '时限'], true, false,
    '日期，如 2026-06-30、2026/6/30 或 2026年6月30日，须在清单年度内'),
  col('status', '完成状态', ['状态', '进展情况'], false, false, '未开始、进行中或已完成；留空为未开始'),
  col('campaignIds', '佐证活动编号', [], false, true, '系统中主题活动的编号，多项用顿号分隔'),
  col('mediaIds', '佐证作品编号', [], false, true, '系统中普法作品的编号，多项用顿号分隔'),
  col('note', '备注', [], false, false, '其他说明'),
  col('id', '条目编号', [], false, false, '导出时由系统填写，再次导入时保持条目不变；新条目留空'),
];

/** Canonical form of a header or keyword: NFKC, no spaces, no '*', no trailing note in brackets. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/[:：]$/, '')
    .replace(/[(（][^()（）]*[)）]$/, '');
}

const BY_NAME = new Map<string, TemplateColumn>();
for (const c of LIST_TEMPLATE) for (const name of [c.header, ...c.aliases]) BY_NAME.set(normalizeHeader(name), c);

/** The template column a header cell names, or undefined. */
export function columnForHeader(text: string): TemplateColumn | undefined {
  return BY_NAME.get(normalizeHeader(text));
}

/** Name of the instructions sheet in the downloaded .xlsx template (the first sheet holds the headers). */
export const INSTRUCTIONS_SHEET = '填写说明';

/**
 * The instructions sheet of the .xlsx template: one row per column (列名, 是否必填, 填写说明).
 * They sit on their own sheet because the import reads only the first sheet.
 */
export function templateInstructionRows(): string[][] {
  return [
    ['列名', '是否必填', '填写说明'],
    ...LIST_TEMPLATE.map((c) => [c.header, c.required ? '必填' : '选填', c.description]),
    [],
    ['在第一个工作表“普法责任清单”的表头下逐行填写，每行一个条目；请勿修改表头。本工作表不会被导入。'],
  ];
}

/** Instructions earlier templates carried, so a template downloaded before a change still imports. */
const EARLIER_DESCRIPTIONS: Partial<Record<ColumnKey, string[]>> = {
  laws: ['法规库已收录的法律名称，可省略“中华人民共和国”和书名号，多项用顿号分隔'],
};

/**
 * Whether a row under the header is the template's own instruction row (each filled cell is
 * the description of its column, as templates downloaded before v2 and the .csv template
 * carry): such a row is skipped on import instead of being read as an item.
 */
export function isInstructionRow(cells: readonly string[], columns: readonly (ColumnKey | undefined)[]): boolean {
  const described = new Map(LIST_TEMPLATE.map((c) => [c.key, [c.description, ...(EARLIER_DESCRIPTIONS[c.key] ?? [])].map(normalizeHeader)]));
  let matches = 0;
  for (const [i, raw] of cells.entries()) {
    const text = String(raw ?? '').trim();
    if (!text) continue;
    const key = columns[i];
    if (!key || !described.get(key)?.includes(normalizeHeader(text))) return false;
    matches += 1;
  }
  return matches >= 3;
}
