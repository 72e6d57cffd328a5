import type { Payload } from 'payload';
import type { ReportInput, SixTarget } from '../../core/agency/types';
import { placeStoredKeyDate } from '../../core/agency/key-dates';
import { coreItemFromCms } from '../collections/ResponsibilityLists/item-mapping';
import { coreListOf } from '../collections/ResponsibilityLists/to-core';
import { relationKey as idOf } from '../relation';

const day = (iso: unknown) => (typeof iso === 'string' ? iso.slice(0, 10) : '');

/**
 * Report inputs for every agency of a year, from all records (any status) as the 普法办 sees
 * them — for the admin overview, never for public pages.
 */
export async function reportInputsForYear(payload: Payload, year: number, asOf: string) {
  const all = { pagination: false as const, depth: 0, overrideAccess: true };
  const [agencies, lists, campaigns, media, keyDates, laws] = await Promise.all([
    payload.find({ collection: 'agencies', ...all, sort: 'name' }),
    payload.find({ collection: 'responsibility-lists', ...all, where: { year: { equals: year } } }),
    payload.find({ collection: 'campaigns', ...all }),
    payload.find({ collection: 'media', ...all }),
    payload.find({ collection: 'key-dates', ...all }),
    payload.find({ collection: 'laws', ...all, select: { slug: true } }),
  ]);
  const slugs = new Map(laws.docs.map((l) => [String(l.id), String(l.slug)]));
  const base: Omit<ReportInput, 'agencyId'> = {
    year,
    asOf,
    lists: lists.docs.map((l) => ({ ...coreListOf(l), items: (l.items ?? []).map((i, n) => coreItemFromCms(i, n, slugs)) })),
    campaigns: campaigns.docs.map((c) => ({
      id: String(c.id), theme: c.theme, startDate: day(c.startDate), endDate: day(c.endDate ?? c.startDate),
      keyDateId: c.keyDate ? idOf(c.keyDate) : null, target: c.target as SixTarget, place: c.place ?? '',
      participants: c.participants ?? null, organizerAgencyIds: [idOf(c.agency), ...(c.organizers ?? []).map(idOf)],
      mediaIds: (c.media ?? []).map(idOf), laws: (c.laws ?? []).map((l) => slugs.get(idOf(l)) ?? idOf(l)),
    })),
    media: media.docs.map((m) => ({ id: String(m.id), title: m.title, artForm: m.artForm, agencyId: idOf(m.agency), date: day(m.createdAt), laws: [] })),
    keyDates: keyDates.docs.flatMap(
      (k) =>
        placeStoredKeyDate(
          { id: String(k.id), name: k.name, month: k.month, day: k.day, durationDays: k.durationDays, leadAgencyIds: (k.leadAgencies ?? []).map(idOf) },
          year,
        ) ?? [],
    ),
  };
  return agencies.docs.map((a) => ({ agencyName: String(a.shortName ?? a.name), input: { ...base, agencyId: String(a.id) } }));
}

