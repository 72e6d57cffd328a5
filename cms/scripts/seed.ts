/**
 * `npm run seed`: migrate and seed the demo city (safe to run again). The demo's laws come from
 * the repository (content/laws); the full corpus, when present, is imported by `npm start` in
 * the background or by `npm run import:laws`. Without it, one message says how to get it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openPayload } from '../local-api';
import { DATA_DIR } from '../paths';
import { DEMO_LAWS_DIR } from '../seed/demo-laws';
import { seedDemo } from '../seed/seed-demo';
import { corpusDirOrNull, corpusHelp } from '../importer/corpus-dir';

// A fresh clone has no data/ folder, and SQLite does not create one (SQLITE_CANTOPEN, code 14).
mkdirSync(DATA_DIR, { recursive: true });
const fileUri = /^file:(.+)$/.exec(process.env.DATABASE_URI?.trim() ?? '')?.[1];
if (fileUri) mkdirSync(path.dirname(path.resolve(fileUri)), { recursive: true });

const payload = await openPayload();
await seedDemo({ payload, corpusDir: DEMO_LAWS_DIR });
if (!corpusDirOrNull()) console.log(`\n${corpusHelp()}\n`);
process.exit(0);
