/**
 * `npm start`: the whole system from a fresh clone in one command. Creates and migrates the
 * SQLite database, seeds the demo city (idempotent), builds the static site (on later starts the
 * publishing loop rebuilds it after the server is up: core/publish/start-plan.ts), builds the admin
 * when needed, and serves both on one port. `npm start -- --dev` uses Next's dev server instead.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { siteAtStart } from '../../core/publish/start-plan';
import { publishingEnabled } from '../publish/controller';
import { publishRegistry, wakeServerPayload } from '../publish/registry';
import { resumeMediaProcessing } from '../media/resume';
import { ROOT_DIR } from '../paths';
import { startBackgroundLawImport } from '../importer/background-import';
import { startServer } from '../server/serve';
import { classroomLive } from '../classroom/live-services';
import { DEMO_PASSWORD, SEED_USERS } from '../seed/users';
import { adminBuildIsFresh, buildAdminStep, buildSiteStep, seedStep } from './pipeline';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

await seedStep();
const plan = siteAtStart({ hasEarlierSite: existsSync(path.join(ROOT_DIR, 'dist', 'index.html')), publishing: publishingEnabled(), dev });
if (plan === 'build-before-serving') await buildSiteStep();
if (!dev && !adminBuildIsFresh()) await buildAdminStep();

Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
await startServer({ port, dev, live: classroomLive() });
if (plan === 'serve-then-rebuild') {
  console.log('先提供上次构建的站点；公开页面正在后台重新构建，完成后自动切换（进度见管理后台）。');
  publishRegistry().loop?.request('startup');
}
void startBackgroundLawImport({ port });
// Media left 处理中 by a stop in the middle of processing is taken up again (cms/media/resume.ts).
void wakeServerPayload(port)
  .then(resumeMediaProcessing)
  .catch((error: Error) => console.error(`恢复普法作品处理失败：${error.message}`));
const admin = SEED_USERS.find((u) => u.role === 'admin')!;
console.log(`
普法已启动
  站点：      http://localhost:${port}/
  管理后台：  http://localhost:${port}/admin
  演示账号：  ${admin.email} / ${DEMO_PASSWORD}（其他角色见 README）
`);
