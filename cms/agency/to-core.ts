/**
 * One mapping from each stored agency record to its core/ type, used by the admin and the site
 * alike. Core ids are text (MongoDB ids are strings); relations become their ids' text.
 */
import type { Campaign as CoreCampaign, ListItem, MediaRecord, ResponsibilityList as CoreList } from '../../core/agency/types';
import { coreItemFromCms } from '../collections/ResponsibilityLists/item-mapping';
import { coreListOf } from '../collections/ResponsibilityLists/to-core';
import type { Campaign, KeyDate, Media, ResponsibilityList } from '../payload-types';
import { relationKey } from '../relation';

/** A stored date-time as the calendar day core works with ('YYYY-MM-DD'). */
export const dayOf = (iso?: string | null): string => (iso ? iso.slice(0, 10) : '');

/** Law id text → slug; unknown ids stay as they are. */
export type LawSlugOf = (lawId: string) => string;
/** Law name → library slug (undefined while the law is not in the library). */
export type FindLaw = (name: string) => string | undefined;
const keepId: LawSlugOf = (id) => id;

/** A stored campaign; its owning agency and every co-organizer are credited with it. */
export function campaignToCore(c: Campaign, lawSlug: LawSlugOf = keepId): CoreCampaign {
  return {
    id: String(c.id),
    theme: c.theme,
    startDate: dayOf(c.startDate),
    endDate: dayOf(c.endDate ?? c.startDate),
    keyDateId: c.keyDate ? relationKey(c.keyDate) : null,
    target: c.target,
    place: c.place ?? '',
    participants: c.participants ?? null,
    organizerAgencyIds: [relationKey(c.agency), ...(c.organizers ?? []).map(relationKey)],
    mediaIds: (c.media ?? []).map(relationKey),
    laws: (c.laws ?? []).map((l) => lawSlug(relationKey(l))),
  };
}

/** A stored 普法作品, dated by when it was entered. */
export const mediaToCore = (m: Media): MediaRecord => ({
  id: String(m.id),
  title: m.title,
  artForm: m.artForm,
  agencyId: relationKey(m.agency),
  date: dayOf(m.createdAt),
  laws: [],
});

/** A stored key date, to be placed in a year by core's placeStoredKeyDate. */
export const keyDateToCore = (k: KeyDate) => ({
  id: String(k.id),
  name: k.name,
  month: k.month,
  day: k.day,
  durationDays: k.durationDays ?? 1,
  leadAgencyIds: (k.leadAgencies ?? []).map(relationKey),
});

/**
 * A stored list version with its items. Item ids are `<list id>-<seq>` (the report's source
 * references), and an item without a category is grouped under 其他.
 */
export function listToCore(l: ResponsibilityList, lawSlug: LawSlugOf = keepId, findLaw: FindLaw = () => undefined): CoreList {
  const items = (l.items ?? []).map((raw, n): ListItem => {
    const item = coreItemFromCms(raw, n, new Map());
    // A 未入库 law imported into the library since the item was written counts as that law.
    const resolved = (item.content.otherLaws ?? []).map((name) => ({ name, slug: findLaw(name) }));
    const found = resolved.flatMap((law) => law.slug ?? []);
    const stillOther = resolved.flatMap((law) => (law.slug ? [] : [law.name]));
    const { otherLaws: _, ...content } = item.content;
    return {
      ...item,
      id: `${l.id}-${n + 1}`,
      category: item.category || '其他',
      content: { ...content, laws: [...new Set([...item.content.laws.map(lawSlug), ...found])], ...(stillOther.length ? { otherLaws: stillOther } : {}) },
    };
  });
  return { ...coreListOf(l), items };
}
