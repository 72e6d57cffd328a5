/**
 * /feed.xml: an Atom feed of the newest 50 lessons, campaigns and media items, with absolute
 * links on the configured public site (PUFA_SITE_URL).
 */
import type { APIRoute } from 'astro';
import { publicSiteBase } from '../../cms/site-url';
import { absoluteUrl } from '../../core/site-url';
import { atomFeed, type FeedEntry, newestEntries } from '../../core/web/xml-feeds';
import { agencyData, campaignUrl } from '../lib/agency-data';
import { contentDate } from '../lib/content-dates';
import { lessonsFor, lessonUrl } from '../lib/lessons';
import { publicMedia } from '../components/media/data';
import { mediaUrl } from '../components/media/library';

export const GET: APIRoute = async () => {
  const base = publicSiteBase();
  const [lessons, data, media] = await Promise.all([lessonsFor(), agencyData(), publicMedia()]);
  const entries: FeedEntry[] = [
    ...lessons.map((l) => ({
      kind: '课程', title: l.data.title, summary: l.data.summary, url: absoluteUrl(base, lessonUrl(l)),
      updated: l.filePath ? contentDate(l.filePath) : new Date(0).toISOString(),
    })),
    ...data.campaigns.map((c) => ({
      kind: '活动', title: c.theme, summary: c.summary || undefined, url: absoluteUrl(base, campaignUrl(c)), updated: c.startDate,
    })),
    // Published works, each linking to its page in the media library.
    ...media.map((m) => ({ kind: '媒体', title: m.title, summary: m.description, url: absoluteUrl(base, mediaUrl(m)), updated: m.publishedAt })),
  ];
  const xml = atomFeed({ title: '普法 · 最新课程、活动和媒体', homeUrl: absoluteUrl(base, '/'), selfUrl: absoluteUrl(base, '/feed.xml'), entries: newestEntries(entries, 50) });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
