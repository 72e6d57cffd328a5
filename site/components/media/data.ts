/**
 * The published media the site shows, read once per build, newest first, with lookups by slug
 * or id (a lesson's <Media id="…"> names either).
 */
import type { PublicMedia } from '../../../core/media/types';

let cached: Promise<PublicMedia[]> | undefined;

// Until the CMS loader (cms/site-data-media.ts) is committed the library is empty.
const read = async (): Promise<PublicMedia[]> => [];

/** Every published item, newest first. */
export const publicMedia = (): Promise<PublicMedia[]> => (cached ??= read());

/** The published item with this slug or id, or undefined. */
export async function findMedia(key: string): Promise<PublicMedia | undefined> {
  const items = await publicMedia();
  return items.find((m) => m.slug === key) ?? items.find((m) => m.id === key);
}
