import type { ListItem } from '../../../core/agency/types';
import type { ResponsibilityList as ListDoc } from '../../payload-types';
import { type DocId, relationKey as refId } from '../../relation';

/** One stored list item, as the generated types declare it. */
export type StoredListItem = NonNullable<ListDoc['items']>[number];

// SQLite ids are integers, MongoDB ids strings: keep whichever the text is. The generated types
// describe SQLite, so the MongoDB case is the one place an id is typed narrower than it is.
const dbId = (id: string): DocId => (/^\d+$/.test(id) ? Number(id) : id) as DocId;

/** A core list item (from a spreadsheet) as the CMS stores it; law slugs become law ids. */
export function cmsItemFromCore(item: ListItem, lawIdBySlug: Map<string, DocId>): StoredListItem {
  return {
    category: item.category,
    topic: item.content.topic,
    laws: item.content.laws.flatMap((slug) => (lawIdBySlug.has(slug) ? [lawIdBySlug.get(slug)!] : [])),
    otherLaws: item.content.otherLaws ?? [],
    leader: item.responsibility.leader,
    person: item.responsibility.person,
    department: item.responsibility.department,
    audiences: item.measures.audiences,
    forms: item.measures.forms,
    keyDates: item.measures.keyDates,
    target: item.standard.target,
    deadline: item.standard.deadline ? `${item.standard.deadline}T00:00:00.000Z` : undefined,
    progress: item.standard.status,
    evidenceCampaigns: item.standard.evidence.campaignIds.map(dbId),
    evidenceMedia: item.standard.evidence.mediaIds.map(dbId),
  };
}

/** A stored item in the core shape, for export; law ids become slugs. */
export function coreItemFromCms(raw: StoredListItem, index: number, lawSlugById: Map<string, string>): ListItem {
  return {
    id: raw.id || String(index + 1),
    seq: index + 1,
    category: raw.category ?? '',
    content: {
      topic: raw.topic,
      laws: (raw.laws ?? []).map((l) => lawSlugById.get(refId(l)) ?? refId(l)),
      ...(raw.otherLaws?.length ? { otherLaws: raw.otherLaws } : {}),
    },
    responsibility: { leader: raw.leader ?? '', person: raw.person ?? '', department: raw.department ?? '' },
    measures: { audiences: raw.audiences ?? [], forms: raw.forms ?? [], keyDates: raw.keyDates ?? [] },
    standard: {
      target: raw.target ?? '',
      deadline: (raw.deadline ?? '').slice(0, 10),
      status: raw.progress || '未开始',
      evidence: { campaignIds: (raw.evidenceCampaigns ?? []).map(refId), mediaIds: (raw.evidenceMedia ?? []).map(refId) },
    },
  };
}
