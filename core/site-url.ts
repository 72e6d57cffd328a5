/**
 * The one public origin every absolute URL is built from (Open Badges, QR codes, certificates,
 * sitemap, feeds). Pure: the CMS and the site build read the setting and pass it in.
 */

/** The configured base without trailing slashes, or `http://localhost:<port>` when unset. */
export function siteBase(configured: string | undefined, port: string | number | undefined = 3000): string {
  const value = configured?.trim() || `http://localhost:${port || 3000}`;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUFA_SITE_URL 必须以 http:// 或 https:// 开头：${value}`);
  // Query and fragment have no place in a base; a path prefix is kept (a site behind a sub-path).
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** `path` (with its query, if any) made absolute against `base`; exactly one slash between them. */
export function absoluteUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
