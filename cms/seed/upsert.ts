import type { CollectionSlug, File, Payload, RequiredDataFromCollectionSlug, Where } from 'payload';
import type { DocId } from '../relation';

/**
 * Creates the document unless one matching `where` exists, so seeding twice adds nothing.
 * Returns the existing or new document's id. `data` is typed by the collection.
 */
export async function ensureDoc<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
  extra: { context?: Record<string, unknown>; file?: File } = {},
): Promise<{ id: DocId; created: boolean }> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true });
  if (found.docs[0]) return { id: found.docs[0].id, created: false };
  const doc = await payload.create({ collection, data, depth: 0, overrideAccess: true, ...extra });
  return { id: doc.id, created: true };
}
