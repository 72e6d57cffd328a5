import type { CollectionSlug, Payload, Where } from 'payload';
import type { DocId } from '../relation';

/**
 * Creates the document unless one matching `where` exists, so seeding twice adds nothing.
 * Returns the existing or new document's id.
 */
export async function ensureDoc(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<{ id: DocId; created: boolean }> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true });
  if (found.docs[0]) return { id: found.docs[0].id, created: false };
  const doc = await payload.create({ collection, data: data as never, depth: 0, overrideAccess: true, ...extra });
  return { id: doc.id, created: true };
}
