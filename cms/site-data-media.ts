/**
 * Published media for the site build (core/media/types.ts PublicMedia): only items a visitor may
 * read (every query runs as an anonymous visitor, so drafts never leave the CMS), only audio and
 * video whose processing finished. Files are served by the CMS with range requests
 * (GET /api/media/:id/files/:name), so the site links to them instead of copying them.
 */
import type { Payload } from 'payload';
import { parseChapters } from '../core/media/chapters';
import type { PublicMedia, StoredRenditions } from '../core/media/types';
import { publishedAtOf } from '../core/media/workflow';
import { parseWebVtt } from '../core/media/webvtt';
import { artFormGroup } from '../core/vocabulary/agency';
import { openPayload } from './local-api';
import type { Media } from './payload-types';
import { relationKey } from './relation';

const asPublic = { overrideAccess: false, user: null, pagination: false as const, depth: 0 };

/** The public URL of one of the item's files. */
export const mediaFileUrl = (id: string | number, name: string) => `/api/media/${String(id)}/files/${encodeURIComponent(name)}`;

function toPublic(m: Media, names: { agencies: Map<string, string>; laws: Map<string, { id: string; title: string; slug: string }>; lawByTitle: Map<string, string>; campaigns: Map<string, string[]> }): PublicMedia | null {
  const r = (m.renditions ?? {}) as StoredRenditions;
  if ((m.kind !== 'video' && m.kind !== 'audio') || m.processingStatus !== 'done' || !r.audio || !m.filename) return null;
  const id = String(m.id);
  const file = (f: { filename: string; bytes: number; mime: string }) => ({ url: mediaFileUrl(id, f.filename), bytes: f.bytes, mime: f.mime });
  const poster = r.poster?.sizes.length
    ? {
        src: mediaFileUrl(id, (r.poster.sizes.find((s) => s.width >= 640) ?? r.poster.sizes.at(-1)!).filename),
        srcset: r.poster.sizes.map((s) => `${mediaFileUrl(id, s.filename)} ${s.width}w`).join(', '),
        width: r.poster.width,
        height: r.poster.height,
      }
    : undefined;
  const cues = m.transcript ? parseWebVtt(m.transcript) : null;
  const chapters = m.chapters ? parseChapters(m.chapters) : null;
  const agencyId = relationKey(m.agency);
  return {
    id,
    slug: m.slug || id,
    title: m.title,
    ...artFormGroup(m.artForm),
    kind: m.kind,
    ...(m.description ? { description: m.description } : {}),
    performers: m.performers ?? [],
    durationSeconds: m.durationSeconds ?? 0,
    agency: { id: agencyId, name: names.agencies.get(agencyId) ?? '' },
    laws: (m.relatedLaws ?? []).flatMap((l) => names.laws.get(relationKey(l)) ?? []),
    audiences: (m.audiences ?? []).filter((a): a is NonNullable<typeof a> => !!a),
    campaignIds: names.campaigns.get(id) ?? [],
    publishedAt: publishedAtOf(Array.isArray(m.history) ? m.history : []) ?? m.updatedAt,
    ...(m.demo ? { demo: true } : {}),
    files: {
      original: file({ filename: 'original', bytes: m.filesize ?? 0, mime: m.mimeType ?? 'application/octet-stream' }),
      audio: file(r.audio),
      ...(r.mobile ? { mobile: file(r.mobile) } : {}),
      ...(poster ? { poster } : {}),
    },
    captions: { url: mediaFileUrl(id, 'captions.vtt'), cues: cues?.ok ? cues.cues : [] },
    chapters: (chapters?.ok ? chapters.chapters : []).map((c) => {
      const lawSlug = c.cite && names.lawByTitle.get(c.cite.lawTitle);
      return c.cite && lawSlug ? { ...c, cite: { ...c.cite, lawSlug } } : c;
    }),
  };
}

/** Every published, processed audio and video item, newest first. */
export async function publishedMedia(payload?: Payload): Promise<PublicMedia[]> {
  const p = payload ?? (await openPayload());
  const [media, agencies, laws, campaigns] = await Promise.all([
    p.find({ collection: 'media', ...asPublic, where: { status: { equals: 'published' } }, sort: '-updatedAt' }),
    p.find({ collection: 'agencies', ...asPublic, select: { name: true } }),
    p.find({ collection: 'laws', ...asPublic, select: { title: true, slug: true } }),
    p.find({ collection: 'campaigns', ...asPublic, select: { media: true } }),
  ]);
  const byMedia = new Map<string, string[]>();
  for (const c of campaigns.docs) for (const ref of c.media ?? []) byMedia.set(relationKey(ref), [...(byMedia.get(relationKey(ref)) ?? []), String(c.id)]);
  const names = {
    agencies: new Map(agencies.docs.map((a) => [String(a.id), a.name])),
    laws: new Map(laws.docs.map((l) => [String(l.id), { id: String(l.id), title: l.title, slug: l.slug }])),
    // A chapter writes the short title (《民法典》); the library may hold 中华人民共和国民法典.
    lawByTitle: new Map(laws.docs.flatMap((l) => [l.title, l.title.replace(/^中华人民共和国/, ''), l.slug].map((t) => [t, l.slug] as const))),
    campaigns: byMedia,
  };
  return media.docs.flatMap((m) => toPublic(m, names) ?? []).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}
