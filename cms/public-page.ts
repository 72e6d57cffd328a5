import type { Payload, TypedUser } from 'payload';
import { type PublicRecord, publicPageOf } from '../core/public-pages';
import { dayOf } from './agency/to-core';
import type { Agency } from './payload-types';
import { relationId } from './relation';

/** Collections whose records have a page on the public site. */
export const PUBLIC_PAGE_COLLECTIONS = ['responsibility-lists', 'reports', 'campaigns', 'laws', 'media', 'key-dates'] as const;
/** One of them. */
export type PublicPageCollection = (typeof PUBLIC_PAGE_COLLECTIONS)[number];

// The site's URL key of an agency: its short name, else its name (cms/site-data-agency.ts).
const agencyKeyOf = (a: Pick<Agency, 'name' | 'shortName'>) => a.shortName ?? a.name;

/** The stored record read as `user` may read it, as the public-page rules see it; null when not readable. */
async function publicRecordOf(payload: Payload, collection: PublicPageCollection, id: number | string, user: TypedUser | null): Promise<PublicRecord | null> {
  const as = { id, depth: 0, overrideAccess: false, user, disableErrors: true } as const;
  switch (collection) {
    case 'responsibility-lists':
    case 'reports': {
      const doc = await payload.findByID({ collection, ...as });
      const agencyId = doc && relationId(doc.agency);
      const agency = agencyId == null ? null : await payload.findByID({ collection: 'agencies', id: agencyId, depth: 0, disableErrors: true });
      return doc && agency ? { kind: collection, status: doc.status, agencyKey: agencyKeyOf(agency), year: doc.year } : null;
    }
    case 'campaigns': {
      const doc = await payload.findByID({ collection, ...as });
      return doc && { kind: collection, id: String(doc.id), startDate: dayOf(doc.startDate) };
    }
    case 'laws': {
      const doc = await payload.findByID({ collection, ...as });
      return doc && { kind: collection, slug: doc.slug };
    }
    case 'media': {
      const doc = await payload.findByID({ collection, ...as });
      return doc && { kind: collection, status: doc.status, key: doc.slug || String(doc.id), isImage: doc.kind === 'image' || (doc.mimeType ?? '').startsWith('image/'), url: doc.url ?? null };
    }
    case 'key-dates':
      return { kind: collection };
  }
}

/** The site-relative URL where the public sees this record now, or null when it has none. */
export async function publicPageOfRecord(payload: Payload, collection: PublicPageCollection, id: number | string, user: TypedUser | null): Promise<string | null> {
  const record = await publicRecordOf(payload, collection, id, user);
  return record && publicPageOf(record);
}

/** A collection's `admin.components.edit` entry that puts the "查看公开页面" link beside its save button. */
export const publicPageLink = (collection: PublicPageCollection) => ({
  beforeDocumentControls: [{ path: '/components/PublicPageLink#PublicPageLink', serverProps: { collection } }],
});
