/** sitemap.xml and an Atom feed as strings: pure, from absolute URLs the caller built. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text safe inside XML content and attribute values. */
export const xmlEscape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A sitemap (sitemaps.org 0.9) listing `urls` in the given order. */
export function sitemapXml(urls: string[]): string {
  const body = urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** One entry of the feed; `url` absolute, `updated` an ISO date or date-time. */
export interface FeedEntry {
  title: string;
  url: string;
  updated: string;
  summary?: string;
  /** Shown as the entry's category, e.g. 课程. */
  kind: string;
}

const isoTime = (date: string): string => new Date(date.length === 10 ? `${date}T00:00:00+08:00` : date).toISOString();

/** The newest `limit` entries, newest first (ties by title, so a rebuild writes the same file). */
export function newestEntries(entries: FeedEntry[], limit = 50): FeedEntry[] {
  return [...entries]
    .sort((a, b) => isoTime(b.updated).localeCompare(isoTime(a.updated)) || a.title.localeCompare(b.title, 'zh-CN'))
    .slice(0, limit);
}

/** An Atom 1.0 feed at `selfUrl` for the site at `homeUrl`; entries are written in the order given. */
export function atomFeed({ title, homeUrl, selfUrl, entries }: { title: string; homeUrl: string; selfUrl: string; entries: FeedEntry[] }): string {
  const updated = entries.length ? isoTime(entries[0]!.updated) : new Date(0).toISOString();
  const items = entries.map(
    (e) =>
      `  <entry>\n    <title>${xmlEscape(e.title)}</title>\n    <id>${xmlEscape(e.url)}</id>\n    <link href="${xmlEscape(e.url)}"/>\n` +
      `    <updated>${isoTime(e.updated)}</updated>\n    <category term="${xmlEscape(e.kind)}"/>\n` +
      (e.summary ? `    <summary>${xmlEscape(e.summary)}</summary>\n` : '') +
      `  </entry>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">\n` +
    `  <title>${xmlEscape(title)}</title>\n  <id>${xmlEscape(selfUrl)}</id>\n  <link rel="self" href="${xmlEscape(selfUrl)}"/>\n` +
    `  <link href="${xmlEscape(homeUrl)}"/>\n  <updated>${updated}</updated>\n  <author><name>泉城市普法办</name></author>\n` +
    `${items.join('\n')}\n</feed>\n`
  );
}
