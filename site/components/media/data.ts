/**
 * The published media the site shows (cms/site-data-media.ts: published, processed audio and
 * video, read as an anonymous visitor), read once per build, newest first, with lookups by slug
 * or id (a lesson's <Media id="…"> names either).
 */
import { publishedMedia } from '../../../cms/site-data-media';
import type { PublicMedia } from '../../../core/media/types';
import { cmsOffline } from '../../loaders/offline';

let cached: Promise<PublicMedia[]> | undefined;

/** Every published item, newest first (none when PUFA_CMS_OFFLINE=1, as for `astro check`). */
export const publicMedia = (): Promise<PublicMedia[]> => (cached ??= cmsOffline() ? Promise.resolve([]) : publishedMedia());

/** The published item with this slug or id, or undefined. */
export async function findMedia(key: string): Promise<PublicMedia | undefined> {
  const items = await publicMedia();
  return items.find((m) => m.slug === key) ?? items.find((m) => m.id === key);
}
