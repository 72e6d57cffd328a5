// The public site: static HTML from content/ (MDX lessons, quizzes) and CMS data (laws).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteBase } from './core/site-url';
import { searchIndex } from './site/integrations/search-index';
import { sitemap } from './site/integrations/sitemap';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: siteBase(process.env.PUFA_SITE_URL, process.env.PORT),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), searchIndex(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    // Payload and its database drivers run in Node at build time only; never bundle them.
    ssr: { external: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', 'sharp', 'libsql'] },
  },
});
