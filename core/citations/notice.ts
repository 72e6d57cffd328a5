import { toChineseNumeral } from '../law/chinese-numerals';
import { citationLabel } from '../quiz/citation';
import type { CitationChange, CitingKind } from '../vocabulary/citation-review';

/** What a public notice says about one open flag. */
export interface FlagFacts {
  kind: CitingKind;
  law: string;
  article: number;
  newArticle?: number;
  changeKind: CitationChange;
  /** Date of the new version, YYYY-MM-DD. */
  newVersion: string;
}

const dateText = (iso: string) => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');

/**
 * The notice sentence for one flag, e.g. 本课引用的《公司法》第十六条已于2023年12月29日修改，内容正在复核。
 * On a lesson page (subject 本课) a flagged question of its quiz reads 本课练习题引用的….
 */
export function flagNotice(subject: string, f: FlagFacts): string {
  const cited = `${subject}${f.kind === 'practice' && subject === '本课' ? '练习题' : ''}引用的${citationLabel(f)}`;
  const when = dateText(f.newVersion);
  if (f.changeKind === 'deleted') return `${cited}已于${when}删除，内容正在复核。`;
  if (f.changeKind === 'renumbered') return `${cited}已于${when}改为第${toChineseNumeral(f.newArticle ?? f.article)}条，内容正在复核。`;
  return `${cited}已于${when}修改，内容正在复核。`;
}
