/**
 * One hook pair for every collection whose records reach public pages: after a change or a
 * delete that the public can see, tell the publish loop (a no-op when none runs in this process).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload } from 'payload';
import type { ChangedRecord } from '../../core/publish/scheduler';
import { attachPayload, publishRegistry } from './registry';

type Doc = Record<string, unknown> & { id: string | number };
/** Whether a change (previous undefined for creates and deletes) is visible on public pages. */
export type PublicChange = (doc: Doc, previous: Doc | undefined) => boolean;

/** Every change of the collection is public. */
export const always: PublicChange = () => true;
/** Reviewed records (lists, reports): only published versions are public, so a draft edit is not. */
export const publishedOnly: PublicChange = (doc, previous) => doc.status === 'published' || previous?.status === 'published';
/** Questions: the practice pool is published with the lessons; the exam pool never is. */
export const practicePoolOnly: PublicChange = (doc, previous) => doc.pool === 'practice' || previous?.pool === 'practice';

function titleOf(collection: CollectionConfig, doc: Doc): string {
  const field = collection.admin?.useAsTitle;
  const value = field ? doc[field] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : String(doc.id);
}

function notify(payload: Payload, record: ChangedRecord): void {
  attachPayload(payload);
  publishRegistry().loop?.change([record]);
}

/** `req.context` flag of a writer that announces its changes itself, once (the background law import). */
export const SKIP_PUBLISH = 'skipPublish';

/** afterChange and afterDelete hooks that schedule a site build for public changes. */
export function publishHooks(isPublic: PublicChange): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: ({ collection, doc, previousDoc, req, operation }) => {
      if (req.context[SKIP_PUBLISH]) return doc;
      const previous = operation === 'update' ? (previousDoc as Doc) : undefined;
      if (isPublic(doc as Doc, previous)) notify(req.payload, { collection: collection.slug, id: doc.id, title: titleOf(collection, doc as Doc) });
      return doc;
    },
    afterDelete: ({ collection, doc, req }) => {
      if (req.context[SKIP_PUBLISH]) return doc;
      if (isPublic(doc as Doc, undefined)) notify(req.payload, { collection: collection.slug, id: doc.id, title: titleOf(collection, doc as Doc) });
      return doc;
    },
  };
}
