/**
 * The publish loop of one server process: builds into a new folder (`<data>/site-builds/<id>/`,
 * see buildsFolder), switches the server to it only when the build succeeded (a failed
 * build leaves the previous site up), keeps the newest few folders, asks for the daily build
 * when the civil day changes, and writes a `site-builds` record per build.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type BuildOutcome, PublishLoop } from '../../core/publish/loop';
import type { PublishJob, PublishTiming } from '../../core/publish/scheduler';
import { buildsFolder, buildSite } from './build';
import { buildRecorder } from './records';
import { publishRegistry } from './registry';

/** Build folders kept (the served one and the ones before it, for a quick look back). */
export const KEPT_BUILDS = 3;
const DAILY_CHECK_MS = 60_000;

export interface PublishLoopOptions {
  /** Called with a freshly built folder; from then on the server answers from it. */
  switchTo: (dir: string) => void;
  /** Where build folders go (default: buildsFolder()). */
  buildsDir?: string;
  timing?: PublishTiming;
  /** Replaces the Astro build (tests). */
  build?: (outDir: string) => Promise<BuildOutcome>;
}

/** True unless PUFA_PUBLISH=off: servers publish what the admin changes. */
export const publishingEnabled = (): boolean => process.env.PUFA_PUBLISH !== 'off';

/** Deletes all but the newest `keep` build folders (names sort by time), never `current`. */
export function pruneBuilds(buildsDir: string, current: string, keep = KEPT_BUILDS): string[] {
  const dirs = readdirSync(buildsDir).sort();
  const removed = dirs.slice(0, Math.max(0, dirs.length - keep)).filter((d) => path.join(buildsDir, d) !== current);
  for (const d of removed) rmSync(path.join(buildsDir, d), { recursive: true, force: true });
  return removed;
}

const folderName = (job: PublishJob) => `${new Date(job.startedAt ?? Date.now()).toISOString().replace(/[:.]/g, '-')}-${job.id}`;

/** Starts the loop and registers it for the hooks and endpoints of this process. */
export function startPublishLoop(options: PublishLoopOptions): PublishLoop {
  const buildsDir = options.buildsDir ?? buildsFolder();
  mkdirSync(buildsDir, { recursive: true });
  const build = options.build ?? ((dir: string) => buildSite(dir));
  const loop = new PublishLoop({
    timing: options.timing,
    builtAt: Date.now(),
    onChange: buildRecorder(),
    build: async (job) => {
      const dir = path.join(buildsDir, folderName(job));
      const outcome = await build(dir);
      if (!outcome.ok) {
        if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
        console.error(`✗ 发布失败，继续显示上一版本：${outcome.reason}`);
        return outcome;
      }
      options.switchTo(dir);
      pruneBuilds(buildsDir, dir);
      console.log(`✓ 公开站点已更新：${outcome.pages} 个页面（${path.relative(process.cwd(), dir)}）`);
      return outcome;
    },
  });
  setInterval(() => loop.checkDaily(), DAILY_CHECK_MS).unref();
  publishRegistry().loop = loop;
  return loop;
}
