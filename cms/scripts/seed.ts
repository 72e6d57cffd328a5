/**
 * `npm run seed`: migrate and seed the demo city (safe to run again). The demo's laws come from
 * the repository (content/laws); the full corpus, when present, is imported by `npm start` in
 * the background or by `npm run import:laws`. Without it, one message says how to get it.
 */
import { openPayload } from '../local-api';
import { DEMO_LAWS_DIR } from '../seed/demo-laws';
import { seedDemo } from '../seed/seed-demo';
import { corpusDirOrNull, corpusHelp } from './corpus-dir';

const payload = await openPayload();
await seedDemo({ payload, corpusDir: DEMO_LAWS_DIR });
if (!corpusDirOrNull()) console.log(`\n${corpusHelp()}\n`);
process.exit(0);
