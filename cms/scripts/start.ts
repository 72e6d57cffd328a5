/**
 * `npm start`: the whole system from a fresh clone in one command. Creates and migrates the
 * SQLite database, seeds the demo city (idempotent), builds the static site, builds the admin
 * when needed, and serves both on one port. `npm start -- --dev` uses Next's dev server instead.
 */
import { startBackgroundLawImport } from '../importer/background-import';
import { startServer } from '../server/serve';
import { DEMO_PASSWORD, SEED_USERS } from '../seed/users';
import { adminBuildIsFresh, buildAdminStep, buildSiteStep, seedStep } from './pipeline';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

await seedStep();
await buildSiteStep();
if (!dev && !adminBuildIsFresh()) await buildAdminStep();

Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
await startServer({ port, dev });
void startBackgroundLawImport({ port });
const admin = SEED_USERS.find((u) => u.role === 'admin')!;
console.log(`
普法已启动
  站点：      http://localhost:${port}/
  管理后台：  http://localhost:${port}/admin
  演示账号：  ${admin.email} / ${DEMO_PASSWORD}（其他角色见 README）
`);
