/**
 * One site build for the publish loop: `astro build --outDir <new folder>` in a child process
 * (Astro must never run inside the Next server process), then precompression, with the output
 * kept as a log tail and the reason of a failure picked from it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { failureReason, withoutColours } from '../../core/publish/build-log';
import type { BuildOutcome } from '../../core/publish/loop';
import { DATA_DIR, ROOT_DIR } from '../paths';
import { compressSite } from './compress';

const LOG_TAIL_CHARS = 4_000;
// Relative: Astro resolves --config against the project root.
const ASTRO_CONFIG = 'cms/publish/astro.publish.mjs';

/** Pages written: every index.html (the site's format is one folder per page). */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/**
 * Where build folders go: `<data>/site-builds`, when the data folder is inside the checkout.
 * Astro bundles a build's server chunks inside its output folder only when that folder is below
 * the working directory, and otherwise in `<root>/.astro/`, which any other build of the same
 * checkout (a test run, a developer) empties under this one; so a data folder elsewhere (tests
 * use /tmp) gets its builds in the checkout's git-ignored cache, one folder per data folder.
 */
export function buildsFolder(dataDir = DATA_DIR): string {
  const inside = path.resolve(dataDir).startsWith(ROOT_DIR + path.sep);
  if (inside) return path.join(dataDir, 'site-builds');
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  return path.join(ROOT_DIR, 'node_modules', '.cache', 'pufa-site-builds', key);
}

/** Builds the site into `outDir` with the given environment; never throws for a failed build. */
export function buildSite(outDir: string, env: Record<string, string | undefined> = process.env): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    let log = '';
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-LOG_TAIL_CHARS * 4);
    };
    mkdirSync(path.dirname(outDir), { recursive: true });
    const child = spawn(path.join(ROOT_DIR, 'node_modules', '.bin', 'astro'), ['build', '--config', ASTRO_CONFIG, '--outDir', outDir], {
      // The loaders read content/ relative to the working directory (see buildsFolder on why outDir is below it).
      cwd: ROOT_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PUFA_ASTRO_CACHE_DIR: path.join(DATA_DIR, 'astro-cache'), ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', FORCE_COLOR: '0' },
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ ok: false, reason: `无法启动构建：${error.message}`, log }));
    child.on('exit', (code) => {
      const tail = withoutColours(log).slice(-LOG_TAIL_CHARS);
      if (code !== 0) return resolve({ ok: false, reason: failureReason(log), log: tail });
      compressSite(outDir).then(
        (c) => {
          const line = `预压缩 ${c.files} 个文件，新压缩 ${c.compressed} 个，用时 ${(c.ms / 1000).toFixed(1)} 秒`;
          resolve({ ok: true, pages: countPages(outDir), log: `${tail}\n${line}`.slice(-LOG_TAIL_CHARS) });
        },
        (error: Error) => resolve({ ok: false, reason: `预压缩失败：${error.message}`, log: tail }),
      );
    });
  });
}
