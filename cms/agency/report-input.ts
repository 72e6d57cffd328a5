import type { Payload } from 'payload';
import { placeStoredKeyDate } from '../../core/agency/key-dates';
import { lawMatcher } from '../../core/agency/list-cells';
import type { ReportInput } from '../../core/agency/types';
import type { Campaign, KeyDate, Law, Media, ResponsibilityList } from '../payload-types';
import { campaignToCore, keyDateToCore, listToCore, mediaToCore } from './to-core';

/** The stored records an annual report is computed from (depth 0: relations are ids). */
export interface ReportRecords {
  lists: ResponsibilityList[];
  campaigns: Campaign[];
  media: Media[];
  keyDates: KeyDate[];
  laws: Pick<Law, 'id' | 'slug' | 'title'>[];
}

/** Whether unpublished list versions count: the 普法办's overview sees them, public pages never. */
export interface DraftOption {
  drafts: boolean;
}

/**
 * Reads the report's records: every record when `drafts` (admin overview, never for public
 * pages), otherwise only what an anonymous visitor may read (published lists).
 */
export async function readReportRecords(payload: Payload, { drafts }: DraftOption, year?: number): Promise<ReportRecords> {
  const access = drafts ? { overrideAccess: true } : { overrideAccess: false, user: null };
  const all = { pagination: false as const, depth: 0, ...access };
  const [lists, campaigns, media, keyDates, laws] = await Promise.all([
    payload.find({ collection: 'responsibility-lists', ...all, ...(year === undefined ? {} : { where: { year: { equals: year } } }) }),
    payload.find({ collection: 'campaigns', ...all }),
    payload.find({ collection: 'media', ...all }),
    payload.find({ collection: 'key-dates', ...all }),
    payload.find({ collection: 'laws', ...all, select: { slug: true, title: true } }),
  ]);
  return { lists: lists.docs, campaigns: campaigns.docs, media: media.docs, keyDates: keyDates.docs, laws: laws.docs };
}

/**
 * The report's input for a year, for any agency (add its `agencyId`). Without `drafts`,
 * unpublished list versions are left out, so an unpublished list shows as missing.
 */
export function reportInputFrom(records: ReportRecords, year: number, asOf: string, { drafts }: DraftOption): Omit<ReportInput, 'agencyId'> {
  const slugs = new Map(records.laws.map((l) => [String(l.id), l.slug]));
  const slug = (id: string) => slugs.get(id) ?? id;
  const findLaw = lawMatcher(records.laws);
  return {
    year,
    asOf,
    lists: records.lists.filter((l) => l.year === year && (drafts || l.status === 'published')).map((l) => listToCore(l, slug, findLaw)),
    campaigns: records.campaigns.map((c) => campaignToCore(c, slug)),
    media: records.media.map(mediaToCore),
    keyDates: records.keyDates.flatMap((k) => placeStoredKeyDate(keyDateToCore(k), year) ?? []),
  };
}

/**
 * Report inputs for every agency of a year, from all records (any status) as the 普法办 sees
 * them — for the admin overview, never for public pages.
 */
export async function reportInputsForYear(payload: Payload, year: number, asOf: string) {
  const [agencies, records] = await Promise.all([
    payload.find({ collection: 'agencies', pagination: false, depth: 0, overrideAccess: true, sort: 'name' }),
    readReportRecords(payload, { drafts: true }, year),
  ]);
  const base = reportInputFrom(records, year, asOf, { drafts: true });
  return agencies.docs.map((a) => ({ agencyName: a.shortName ?? a.name, kind: a.kind, input: { ...base, agencyId: String(a.id) } }));
}
