/**
 * Published agency records for the site build: lists (latest published version per agency and
 * year), campaigns, key dates and reports, as plain JSON. Drafts never leave the CMS: every query
 * here runs with access control as an anonymous visitor.
 */
import type { Payload } from 'payload';
import { lawMatcher } from '../core/agency/list-cells';
import type { ReportInput } from '../core/agency/types';
import type { ReportRecords } from './agency/report-input';
import { campaignToCore, dayOf, type FindLaw, keyDateToCore } from './agency/to-core';
import type { StoredListItem } from './collections/ResponsibilityLists/item-mapping';
import { unitReport } from './learning/unit-report';
import { openPayload } from './local-api';
import type { Agency, Campaign, KeyDate, Media, Report, ResponsibilityList } from './payload-types';
import { type DocId, relationKey } from './relation';

let payloadPromise: Promise<Payload> | undefined;
const payload = () => (payloadPromise ??= openPayload());
const asPublic = { overrideAccess: false, user: null, pagination: false as const };

const text = (id: DocId) => String(id);
const ids = <ID extends DocId>(refs?: (ID | { id: ID })[] | null) => (refs ?? []).map(relationKey);

// What the pages show of each record kind, mapped from the generated types (so a renamed field
// fails the type check here); the report reads the same records through cms/agency/to-core.ts.
const siteAgency = (a: Agency) => ({ id: text(a.id), name: a.name, shortName: a.shortName ?? a.name, kind: a.kind, level: a.level });
const siteListItem = (findLaw: FindLaw) => (i: StoredListItem) => ({
  category: i.category ?? '', topic: i.topic, laws: ids(i.laws), leader: i.leader ?? '', person: i.person ?? '',
  // Laws the library lacked when the item was written: one imported since then links.
  otherLaws: (i.otherLaws ?? []).map((name) => ({ name, slug: findLaw(name) })),
  department: i.department ?? '', audiences: i.audiences ?? [], forms: i.forms ?? [], keyDates: i.keyDates ?? [],
  target: i.target ?? '', deadline: dayOf(i.deadline), progress: i.progress ?? '未开始',
  evidenceCampaigns: ids(i.evidenceCampaigns), evidenceMedia: ids(i.evidenceMedia),
});
const siteList = (l: ResponsibilityList, findLaw: FindLaw) => ({
  id: text(l.id), agencyId: relationKey(l.agency), year: l.year, version: l.version ?? 1, publishedAt: dayOf(l.updatedAt),
  items: (l.items ?? []).map(siteListItem(findLaw)),
});
const siteCampaign = (c: Campaign) => ({
  ...campaignToCore(c),
  agencyId: relationKey(c.agency), keyDateId: relationKey(c.keyDate), summary: c.summary ?? '',
});
const siteKeyDate = (k: KeyDate) => ({ ...keyDateToCore(k), description: k.description ?? '' });
const siteReport = (r: Report) => ({
  id: text(r.id), agencyId: relationKey(r.agency), year: r.year, title: r.title, score: r.score ?? null, grade: r.grade ?? '',
  // Rich text as stored; pages read it through core/agency/rich-text.ts.
  narrative: { basics: r.basics ?? null, practices: r.practices ?? null, problems: r.problems ?? null, plans: r.plans ?? null },
  signatory: r.signatory ?? '', signedOn: dayOf(r.signedOn), submittedOn: dayOf((r.history ?? []).findLast((e) => e.action === 'submit')?.at),
  reviewNote: r.reviewNote ?? '', rubric: r.rubric ?? null,
});
const siteMedia = (m: Media) => ({
  id: text(m.id), title: m.title, artForm: m.artForm, agencyId: relationKey(m.agency), createdAt: dayOf(m.createdAt),
  url: m.url ?? '', thumbnailUrl: m.sizes?.thumbnail?.url ?? m.url ?? '',
});

export type SiteAgency = ReturnType<typeof siteAgency>;
export type SiteList = ReturnType<typeof siteList>;
export type SiteCampaign = ReturnType<typeof siteCampaign>;
export type SiteReport = ReturnType<typeof siteReport>;

export interface AgencyYearData {
  agencies: SiteAgency[]; lists: SiteList[]; campaigns: SiteCampaign[]; keyDates: ReturnType<typeof siteKeyDate>[]; reports: SiteReport[];
  media: ReturnType<typeof siteMedia>[];
  /** law id → slug, to turn relations into citations. */
  lawSlugs: Record<string, string>;
  /** Officials' study and exam outcomes per `${agencyId}#${year}`: aggregates only, no names. */
  learning: Record<string, NonNullable<ReportInput['learning']>>;
  /** The published records as stored, for the annual reports (cms/agency/report-input.ts). */
  records: ReportRecords;
}

let cached: Promise<AgencyYearData> | undefined;
export const loadAgencyYearData = () => (cached ??= read());

/** For each report's agency × year, its officials' hours-and-exam completion (from unitReport). */
async function learningByAgencyYear(p: Payload, keys: { agency: string; year: number }[]) {
  const out: AgencyYearData['learning'] = {};
  for (const { agency, year } of keys) {
    const rows = (await unitReport(p, agency, year)).rows.filter((r) => r.audience === 'officials');
    if (!rows.length) continue;
    out[`${agency}#${year}`] = {
      officials: rows.map((r) => ({ id: String(r.id), completed: r.hours >= r.requiredHours && r.passed })),
      exams: rows.filter((r) => r.bestScore !== null).map((r) => ({ id: String(r.id), passed: r.passed })),
    };
  }
  return out;
}

async function read(): Promise<AgencyYearData> {
  const p = await payload();
  const [agencies, lists, campaigns, keyDates, reports, media, laws] = await Promise.all([
    p.find({ collection: 'agencies', ...asPublic, depth: 0, sort: 'name' }),
    p.find({ collection: 'responsibility-lists', ...asPublic, depth: 0, sort: '-version' }),
    p.find({ collection: 'campaigns', ...asPublic, depth: 0, sort: 'startDate' }),
    p.find({ collection: 'key-dates', ...asPublic, depth: 0, sort: 'month' }),
    p.find({ collection: 'reports', ...asPublic, depth: 0, sort: '-version' }),
    p.find({ collection: 'media', ...asPublic, depth: 0 }),
    p.find({ collection: 'laws', ...asPublic, depth: 0, select: { slug: true, title: true } }),
  ]);
  const latest = new Map<string, (typeof lists.docs)[number]>();
  for (const l of lists.docs) {
    const key = `${relationKey(l.agency)}#${l.year}`;
    if (!latest.has(key)) latest.set(key, l); // sorted by version descending
  }
  // Reports too: a revised report shows its newest published version (the older stays stored).
  const latestReports = new Map<string, (typeof reports.docs)[number]>();
  for (const r of reports.docs) if (!latestReports.has(`${relationKey(r.agency)}#${r.year}`)) latestReports.set(`${relationKey(r.agency)}#${r.year}`, r);
  const shownReports = [...latestReports.values()];
  const findLaw = lawMatcher(laws.docs.map((l) => ({ slug: l.slug, title: l.title })));
  return {
    agencies: agencies.docs.map(siteAgency),
    lists: [...latest.values()].map((l) => siteList(l, findLaw)),
    campaigns: campaigns.docs.map(siteCampaign),
    keyDates: keyDates.docs.map(siteKeyDate),
    reports: shownReports.map(siteReport),
    media: media.docs.map(siteMedia),
    lawSlugs: Object.fromEntries(laws.docs.map((l) => [text(l.id), l.slug])),
    learning: await learningByAgencyYear(p, shownReports.map((r) => ({ agency: relationKey(r.agency), year: r.year }))),
    records: { lists: lists.docs, campaigns: campaigns.docs, media: media.docs, keyDates: keyDates.docs, laws: laws.docs },
  };
}
