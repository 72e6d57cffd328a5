/** `npm run seed`: migrate and seed the demo city (safe to run again). */
import path from 'node:path';
import { openPayload } from '../local-api';
import { ROOT_DIR } from '../paths';
import { seedDemo } from '../seed/seed-demo';

const corpusDir = path.resolve(process.env.PUFA_CORPUS_DIR ?? path.join(ROOT_DIR, '..', 'shared', 'corpus', 'laws'));
const payload = await openPayload();
await seedDemo({ payload, corpusDir });
process.exit(0);
