/**
 * Published agency records for the site build: lists (latest published version per agency and
 * year), campaigns, key dates and reports, as plain JSON. Drafts never leave the CMS: every query
 * here runs with access control as an anonymous visitor.
 */
import type { Payload } from 'payload';
import { unitReport } from './learning/unit-report';
import { openPayload } from './local-api';
import { relationId as idOf } from './relation';

let payloadPromise: Promise<Payload> | undefined;
const payload = () => (payloadPromise ??= openPayload());
const asPublic = { overrideAccess: false, user: null, pagination: false as const };

const day = (iso?: string | null) => (iso ? iso.slice(0, 10) : '');

export interface SiteAgency { id: string; name: string; shortName: string; kind: string; level: string }
export interface SiteListItem {
  category: string; topic: string; laws: string[]; leader: string; person: string; department: string;
  audiences: string[]; forms: string[]; keyDates: string[]; target: string; deadline: string; progress: string;
  evidenceCampaigns: string[]; evidenceMedia: string[];
}
export interface SiteList { id: string; agencyId: string; year: number; version: number; publishedAt: string; items: SiteListItem[] }
export interface SiteCampaign {
  id: string; agencyId: string; theme: string; startDate: string; endDate: string; keyDateId: string;
  target: string; place: string; participants: number | null; laws: string[]; mediaIds: string[]; summary: string;
}
export interface SiteKeyDate { id: string; name: string; month: number; day: number; durationDays: number; description: string; leadAgencyIds: string[] }
export interface SiteReport {
  id: string; agencyId: string; year: number; title: string; score: number | null; grade: string;
  narrative: { mechanism: string; internalStudy: string; publicEducation: string; innovation: string; effectiveness: string };
}
export interface SiteMedia { id: string; title: string; artForm: string; agencyId: string; createdAt: string; url: string; thumbnailUrl: string }

export interface AgencyYearData {
  agencies: SiteAgency[]; lists: SiteList[]; campaigns: SiteCampaign[]; keyDates: SiteKeyDate[]; reports: SiteReport[]; media: SiteMedia[];
  /** law id → slug, to turn relations into citations. */
  lawSlugs: Record<string, string>;
  /** Officials' study and exam outcomes per `${agencyId}#${year}`: aggregates only, no names. */
  learning: Record<string, { officials: { id: string; completed: boolean }[]; exams: { id: string; passed: boolean }[] }>;
}

/** A list item as stored (depth 0: relations are ids). */
interface StoredItem {
  category?: string; topic: string; laws?: unknown[]; leader?: string; person?: string; department?: string;
  audiences?: string[]; forms?: string[]; keyDates?: string[]; target?: string; deadline?: string; progress?: string;
  evidenceCampaigns?: unknown[]; evidenceMedia?: unknown[];
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
    p.find({ collection: 'laws', ...asPublic, depth: 0, select: { slug: true } }),
  ]);
  const s = (v: unknown) => String(v ?? '');
  const ids = (v: unknown) => (Array.isArray(v) ? v.map((x) => s(idOf(x))) : []);
  const latest = new Map<string, (typeof lists.docs)[number]>();
  for (const l of lists.docs) {
    const key = `${idOf(l.agency)}#${l.year}`;
    if (!latest.has(key)) latest.set(key, l); // sorted by version descending
  }
  // Reports too: a revised report shows its newest published version (the older stays stored).
  const latestReports = new Map<string, (typeof reports.docs)[number]>();
  for (const r of reports.docs) if (!latestReports.has(`${idOf(r.agency)}#${r.year}`)) latestReports.set(`${idOf(r.agency)}#${r.year}`, r);
  const shownReports = [...latestReports.values()];
  return {
    agencies: agencies.docs.map((a) => ({ id: s(a.id), name: a.name, shortName: a.shortName ?? a.name, kind: a.kind, level: a.level })),
    lists: [...latest.values()].map((l) => ({
      id: s(l.id),
      agencyId: s(idOf(l.agency)),
      year: l.year,
      version: l.version ?? 1,
      publishedAt: day(l.updatedAt),
      items: ((l.items ?? []) as StoredItem[]).map((i) => ({
        category: i.category ?? '', topic: i.topic, laws: ids(i.laws), leader: i.leader ?? '', person: i.person ?? '',
        department: i.department ?? '', audiences: i.audiences ?? [], forms: i.forms ?? [], keyDates: i.keyDates ?? [],
        target: i.target ?? '', deadline: day(i.deadline), progress: i.progress ?? '未开始',
        evidenceCampaigns: ids(i.evidenceCampaigns), evidenceMedia: ids(i.evidenceMedia),
      })),
    })),
    campaigns: campaigns.docs.map((c) => ({
      id: s(c.id), agencyId: s(idOf(c.agency)), theme: c.theme, startDate: day(c.startDate), endDate: day(c.endDate ?? c.startDate),
      keyDateId: s(idOf(c.keyDate) ?? ''), target: c.target, place: c.place ?? '', participants: c.participants ?? null,
      laws: ids(c.laws), mediaIds: ids(c.media), summary: c.summary ?? '',
    })),
    keyDates: keyDates.docs.map((k) => ({
      id: s(k.id), name: k.name, month: k.month, day: k.day, durationDays: k.durationDays ?? 1, description: k.description ?? '',
      leadAgencyIds: ids(k.leadAgencies),
    })),
    reports: shownReports.map((r) => ({
      id: s(r.id), agencyId: s(idOf(r.agency)), year: r.year, title: r.title, score: r.score ?? null, grade: r.grade ?? '',
      narrative: {
        mechanism: r.mechanism ?? '', internalStudy: r.internalStudy ?? '', publicEducation: r.publicEducation ?? '',
        innovation: r.innovation ?? '', effectiveness: r.effectiveness ?? '',
      },
    })),
    media: media.docs.map((m) => ({
      id: s(m.id), title: m.title, artForm: m.artForm, agencyId: s(idOf(m.agency) ?? ''), createdAt: day(m.createdAt),
      url: m.url ?? '', thumbnailUrl: m.sizes?.thumbnail?.url ?? m.url ?? '',
    })),
    lawSlugs: Object.fromEntries(laws.docs.map((l) => [s(l.id), s(l.slug)])),
    learning: await learningByAgencyYear(p, shownReports.map((r) => ({ agency: s(idOf(r.agency)), year: r.year }))),
  };
}
