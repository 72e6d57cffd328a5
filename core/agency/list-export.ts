/**
 * List → spreadsheet rows, the inverse of importListRows: importing the rows again (with
 * the same laws) gives back the same items, ids and evidence included.
 */
import { joinMulti, UNCOLLECTED_MARK } from './list-cells';
import { LIST_TEMPLATE, type ColumnKey } from './list-template';
import type { ListItem, ResponsibilityList } from './types';

function cell(item: ListItem, key: ColumnKey, lawTitle: (slug: string) => string): string {
  switch (key) {
    case 'seq': return String(item.seq);
    case 'category': return item.category;
    case 'topic': return item.content.topic;
    case 'laws': return joinMulti([...item.content.laws.map(lawTitle), ...(item.content.otherLaws ?? []).map((name) => `${name}${UNCOLLECTED_MARK}`)]);
    case 'leader': return item.responsibility.leader;
    case 'person': return item.responsibility.person;
    case 'department': return item.responsibility.department;
    case 'audiences': return joinMulti(item.measures.audiences);
    case 'forms': return joinMulti(item.measures.forms);
    case 'keyDates': return joinMulti(item.measures.keyDates);
    case 'target': return item.standard.target;
    case 'deadline': return item.standard.deadline;
    case 'status': return item.standard.status;
    case 'campaignIds': return joinMulti(item.standard.evidence.campaignIds);
    case 'mediaIds': return joinMulti(item.standard.evidence.mediaIds);
    case 'note': return item.note ?? '';
    case 'id': return item.id;
  }
}

/**
 * The header row (every template column, in template order) and one row per item by 序号.
 * Laws are written by title when `lawTitles` (slug → title) knows them, else by slug.
 */
export function listToRows(
  list: Pick<ResponsibilityList, 'items'>,
  lawTitles: Readonly<Record<string, string>> = {},
): string[][] {
  const title = (slug: string) => (Object.hasOwn(lawTitles, slug) ? (lawTitles[slug] as string) : slug);
  const items = [...list.items].sort((a, b) => a.seq - b.seq);
  return [LIST_TEMPLATE.map((c) => c.header), ...items.map((it) => LIST_TEMPLATE.map((c) => cell(it, c.key, title)))];
}
