/**
 * Astro integration: after the build, writes `sitemap.xml` (every public page the build wrote,
 * as absolute URLs on PUFA_SITE_URL) and a `robots.txt` that names it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publicSiteBase } from '../../cms/site-url';
import { absoluteUrl } from '../../core/site-url';
import { sitemapXml } from '../../core/web/xml-feeds';

/** Pages that only show a signed-in learner's own data, the not-found and the offline page: nothing to index. */
const PRIVATE = /^(account|me|exam|certificate|offline)\/$|^404\/?$/;

/** Site paths of the built pages, sorted, without the private ones. */
export const publicPaths = (pathnames: string[]): string[] =>
  // Endpoint outputs (feed.xml) are files, not pages.
  [...new Set(pathnames.filter((p) => !PRIVATE.test(p) && !/\.\w+$/.test(p)))].sort().map((p) => `/${p}`.replace(/\/+$/, '/'));

export function sitemap(): AstroIntegration {
  return {
    name: 'pufa-sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const base = publicSiteBase();
        const paths = publicPaths(pages.map((p) => p.pathname));
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(paths.map((p) => absoluteUrl(base, encodeURI(p)))));
        writeFileSync(fileURLToPath(new URL('robots.txt', dir)), `User-agent: *\nDisallow: /admin\nDisallow: /api/\nSitemap: ${absoluteUrl(base, '/sitemap.xml')}\n`);
        logger.info(`sitemap.xml：${paths.length} 个公开页面`);
      },
    },
  };
}
