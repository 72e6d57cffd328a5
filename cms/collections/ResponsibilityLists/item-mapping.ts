import type { ListItem } from '../../../core/agency/types';
import { relationKey as refId } from '../../relation';

type Id = number | string;
// SQLite ids are integers, MongoDB ids strings: keep whichever the text is.
const dbId = (id: string): Id => (/^\d+$/.test(id) ? Number(id) : id);

/** A core list item (from a spreadsheet) as the CMS stores it; law slugs become law ids. */
export function cmsItemFromCore(item: ListItem, lawIdBySlug: Map<string, Id>) {
  return {
    category: item.category,
    topic: item.content.topic,
    laws: item.content.laws.flatMap((slug) => (lawIdBySlug.has(slug) ? [lawIdBySlug.get(slug)!] : [])),
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
export function coreItemFromCms(raw: Record<string, unknown>, index: number, lawSlugById: Map<string, string>): ListItem {
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const text = (v: unknown) => (v == null ? '' : String(v));
  return {
    id: text(raw.id) || String(index + 1),
    seq: index + 1,
    category: text(raw.category),
    content: { topic: text(raw.topic), laws: list(raw.laws).map((l) => lawSlugById.get(refId(l)) ?? refId(l)) },
    responsibility: { leader: text(raw.leader), person: text(raw.person), department: text(raw.department) },
    measures: { audiences: list(raw.audiences).map(text), forms: list(raw.forms).map(text), keyDates: list(raw.keyDates).map(text) },
    standard: {
      target: text(raw.target),
      deadline: text(raw.deadline).slice(0, 10),
      status: (text(raw.progress) || '未开始') as ListItem['standard']['status'],
      evidence: { campaignIds: list(raw.evidenceCampaigns).map(refId), mediaIds: list(raw.evidenceMedia).map(refId) },
    },
  };
}
