import type { LawLevel } from './types';

/** Levels in order of legal force, as shown in lists and filters. */
export const LAW_LEVELS: readonly LawLevel[] = [
  '宪法',
  '法律',
  '行政法规',
  '部门规章',
  '司法解释',
  '地方性法规',
  '指导性案例',
  '其他',
];

/** Pinyin order for Chinese titles (ICU's zh collation), stable for equal keys. */
export const compareChinese = (a: string, b: string): number => a.localeCompare(b, 'zh-Hans-CN');

/** Heading levels of a chapter path: which parts changed from the previous article. */
export function changedChapterParts(previous: string[], next: string[]): { depth: number; text: string }[] {
  let same = 0;
  while (same < previous.length && same < next.length && previous[same] === next[same]) same += 1;
  return next.slice(same).map((text, i) => ({ depth: same + i, text }));
}
