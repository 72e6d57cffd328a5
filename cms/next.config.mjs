import { withPayload } from '@payloadcms/next/withPayload';

/** Next.js hosts only the Payload admin (/admin) and API (/api); the public site is static. */
const nextConfig = {
  // The repo root is one level up: let Next trace files and transpile core/ from there.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  experimental: { externalDir: true },
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` is the single type gate
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
