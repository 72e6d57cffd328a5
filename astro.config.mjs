// The public site: static HTML from content/ (MDX lessons, quizzes) and CMS data (laws).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { searchIndex } from './site/integrations/search-index';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: process.env.PUFA_SITE_URL ?? 'http://localhost:3000',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
  vite: {
    // Payload and its database drivers run in Node at build time only; never bundle them.
    ssr: { external: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', 'sharp', 'libsql'] },
  },
});
