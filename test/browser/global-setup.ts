/**
 * Builds and serves the real system for browser tests: a fresh SQLite database seeded with the
 * demo city, the Astro site built from it, the admin built if needed, one server on a free port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminBuildIsFresh, buildAdminStep, buildSiteStep, seedStep } from '../../cms/scripts/pipeline';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    siteDir: string;
    /** Environment of the test database, for tests that rebuild the site after changing data. */
    siteEnv: Record<string, string>;
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`服务器已退出（${child.exitCode}）`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`服务器未在 ${timeoutMs / 1000} 秒内就绪：${url}`);
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-browser-'));
  const siteDir = path.join(dir, 'dist');
  // Passed to each child only: the integration suite in the same run has its own database.
  const env = {
    PUFA_DATA_DIR: dir,
    DATABASE_URI: `file:${path.join(dir, 'browser.db')}`,
    PAYLOAD_SECRET: 'browser-test-secret',
    // Tests rebuild this site themselves; test/browser/publish-loop.test.ts runs its own publishing server.
    PUFA_PUBLISH: 'off',
    // A public origin unlike the served address: every absolute URL must come from this setting.
    PUFA_SITE_URL: 'https://pufa.example.test',
  };
  await seedStep(env);
  await buildSiteStep(['--outDir', siteDir], env);
  if (!adminBuildIsFresh()) await buildAdminStep();

  const port = await freePort();
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/serve.ts', '--port', String(port), '--site-dir', siteDir], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(`${baseURL}/`, server);
  await waitFor(`${baseURL}/api/laws?limit=1`, server);
  project.provide('baseURL', baseURL);
  project.provide('siteDir', siteDir);
  project.provide('siteEnv', env);

  return () => {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
}
