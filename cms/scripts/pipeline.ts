import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, ROOT_DIR } from '../paths';
import { compressSite } from '../publish/compress';

/** Runs one step as a child process with inherited output; rejects with the step's name. */
export function runStep(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT_DIR,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) {
        console.log(`✓ ${label}（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
        resolve();
      } else reject(new Error(`${label} 失败（退出码 ${code}）`));
    });
  });
}

const bin = (name: string) => path.join(ROOT_DIR, 'node_modules', '.bin', name);

export const seedStep = (env: Record<string, string> = {}) =>
  runStep('迁移数据库并写入演示数据', bin('tsx'), ['cms/scripts/seed.ts'], env);
/** Builds the site with Astro (`args` may set `--outDir`), then precompresses its files. */
export async function buildSiteStep(args: string[] = [], env: Record<string, string> = {}): Promise<void> {
  await runStep('构建静态站点（Astro）', bin('astro'), ['build', ...args], env);
  const outDir = args.includes('--outDir') ? path.resolve(ROOT_DIR, args[args.indexOf('--outDir') + 1]!) : path.join(ROOT_DIR, 'dist');
  const s = await compressSite(outDir);
  console.log(`✓ 预压缩 ${s.files} 个文件（新压缩 ${s.compressed} 个）：${mb(s.rawBytes)} → gzip ${mb(s.gzipBytes)}，brotli ${mb(s.brotliBytes)}（${(s.ms / 1000).toFixed(1)} 秒）`);
}
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
export const buildAdminStep = () =>
  runStep('构建管理后台（Next.js + Payload）', bin('next'), ['build', 'cms'], { NODE_ENV: 'production' });

/** Latest modification time of any source file below `dir` (build output excluded). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || full.includes(`${path.sep}.next${path.sep}`)) continue;
    newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the admin has a production build newer than every CMS and core source file. */
export function adminBuildIsFresh(): boolean {
  const buildId = path.join(CMS_DIR, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return Math.max(newestSource(CMS_DIR), newestSource(path.join(ROOT_DIR, 'core'))) < built;
}
