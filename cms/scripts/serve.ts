/**
 * `npm run serve -- [--port 3000] [--site-dir dist] [--dev]`: serve the already-built site and
 * admin without seeding or building (used by browser tests and by operators after `npm run build`).
 */
import { startServer } from '../server/serve';
import { classroomLive } from '../classroom/live-services';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dev = process.argv.includes('--dev');
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
const port = Number(arg('port') ?? process.env.PORT ?? 3000);
await startServer({ port, dev, siteDir: arg('site-dir'), live: classroomLive() });
console.log(`listening on http://localhost:${port}/`);
