/**
 * `npm run bench [-- import|site|search|page-weight|offline-packs|agency|attempts|exam-draw|law-compare|publish|live]`: measured figures, printed as one line per part.
 * site and search use a fresh SQLite database seeded with the demo city; import uses the whole
 * corpus in its own fresh database (several minutes).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { useSeededDemoDatabase } from './demo-db';
import { benchSiteBuild } from './site-build';

const parts = process.argv.slice(2);
const want = (p: string) => parts.length === 0 || parts.includes(p);
const corpus = path.resolve(process.env.PUFA_CORPUS_DIR ?? '../shared/corpus/laws');

if (want('site') || want('search') || want('page-weight') || want('offline-packs')) {
  useSeededDemoDatabase();
  const site = benchSiteBuild(want('site') ? 3 : 1);
  if (want('page-weight')) execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/page-weight.ts', '--site-dir', site, '--compress'], { stdio: 'inherit', env: process.env });
  // Own process: Chromium on a simulated slow-3G link (see bench/offline-packs.ts).
  if (want('offline-packs')) execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/offline-packs.ts', '--site-dir', site, '--compress'], { stdio: 'inherit', env: process.env });
  // Own process: the search bench opens Payload, runs Chromium and Pagefind (see bench/search.ts).
  if (want('search')) execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/search.ts', '--site', site], { stdio: 'inherit', env: process.env });
}
if (want('agency')) {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/agency-scale.ts'], { stdio: 'inherit', env: process.env });
}
if (want('attempts')) {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/attempts.ts'], { stdio: 'inherit', env: process.env });
}
if (want('exam-draw')) {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/exam-draw.ts'], { stdio: 'inherit', env: process.env });
}
if (want('law-compare')) {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/law-compare.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PUFA_CORPUS_DIR: corpus },
  });
}
if (want('publish')) {
  // Own process: it starts servers with the publish loop on their own databases.
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/publish.ts'], { stdio: 'inherit', env: process.env });
}
if (want('live')) {
  // Own process: it starts the live server as a child and runs the load generator itself.
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/live.ts'], { stdio: 'inherit', env: process.env });
}
if (want('import')) {
  // Own process: Payload caches one instance per process, bound to its database.
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['bench/law-import.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PUFA_CORPUS_DIR: corpus },
  });
}
