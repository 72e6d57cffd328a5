import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import type { ProbedMedia } from '../../../../core/media/probe-check';
import type { Media } from '../../../payload-types';
import { PROBED, processLater, removeRenditions } from '../../../media/process';

/** After a save with a new audio or video file: queue its renditions; drop a replaced file's. */
export const processAfterSave: CollectionAfterChangeHook<Media> = ({ doc, previousDoc, req, context, operation }) => {
  const probed = context[PROBED] as { media: ProbedMedia; note: string } | undefined;
  if (operation === 'update' && previousDoc?.filename && previousDoc.filename !== doc.filename) void removeRenditions(previousDoc.filename);
  if (!probed || !doc.filename) return doc;
  delete context[PROBED];
  processLater(req.payload, doc.id, doc.filename, probed.media, probed.note);
  return doc;
};

/** A deleted item's renditions go with it. */
export const removeRenditionsAfterDelete: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
  if (doc.filename) await removeRenditions(doc.filename);
  return doc;
};
