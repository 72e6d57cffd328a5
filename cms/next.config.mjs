import { withPayload } from '@payloadcms/next/withPayload';

/** Where cms/server/serve.ts serves node_modules/monaco-editor/min/vs (keep the two in step). */
const MONACO_BASE = '/vendor/monaco/vs';

/** Next.js hosts only the Payload admin (/admin) and API (/api); the public site is static. */
const nextConfig = {
  // The repo root is one level up: let Next trace files and transpile core/ from there.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  experimental: { externalDir: true },
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` is the single type gate
  poweredByHeader: false,
  turbopack: {
    rules: {
      // The Monaco editor (JSON and code fields) from this server, not from a public CDN.
      '*.js': [
        {
          condition: { all: ['browser', { path: /@payloadcms[\\/]ui[\\/]dist[\\/]/ }, { content: /cdn\.jsdelivr\.net\/npm\/monaco-editor@/ }] },
          loaders: [{ loader: new URL('./server/monaco-local.cjs', import.meta.url).pathname, options: { base: MONACO_BASE } }],
        },
      ],
    },
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
