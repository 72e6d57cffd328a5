// The public site: static HTML from content/ (MDX lessons, quizzes) and CMS data (laws).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteBase } from './core/site-url';
import { offlinePacks } from './site/integrations/offline-packs';
import { searchIndex } from './site/integrations/search-index';
import { sitemap } from './site/integrations/sitemap';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: siteBase(process.env.PUFA_SITE_URL, process.env.PORT),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), searchIndex(), sitemap(), offlinePacks()],
  devToolbar: { enabled: false },
  vite: {
    // Payload and its database drivers run in Node at build time only; never bundle them.
    ssr: { external: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', 'sharp', 'libsql'] },
    // The site's CSP runs scripts from its own origin only: never inline a small script (Astro
    // inlines one under the limit, e.g. the media player); other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
});
