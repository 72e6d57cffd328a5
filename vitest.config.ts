import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The integration suite's own fresh database for this run, handed to its workers through `env`
// (never through the shared process.env, which the browser suite's set-up also uses). With
// MONGODB_URI set, the same suite runs against that MongoDB instead.
const integrationDir = mkdtempSync(path.join(tmpdir(), 'pufa-integration-'));
const integrationEnv = {
  PUFA_DATA_DIR: integrationDir,
  PAYLOAD_SECRET: 'integration-test-secret',
  DATABASE_URI: process.env.MONGODB_URI ?? `file:${path.join(integrationDir, 'test.db')}`,
};

/**
 * Three projects, run together by `npm test`:
 * - unit: pure core/ logic, fast, parallel;
 * - integration: Payload Local API on a fresh SQLite database per run (one file at a time);
 * - browser: the built site and admin served for real, driven by headless Chromium.
 * test/security replays every attack found in probes: api/ through the Local API (integration
 * project), http/ against the real server (browser project's set-up).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/security/api/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          env: integrationEnv,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'test/security/http/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
