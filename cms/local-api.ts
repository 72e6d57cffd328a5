import { getPayload, type Migration, type Payload } from 'payload';
import config from './payload.config';
import { migrations } from './migrations';

/**
 * Opens Payload's Local API for scripts and tests and brings the database schema up to date
 * with the committed migrations (SQLite); MongoDB needs none and ignores the list.
 */
export async function openPayload(): Promise<Payload> {
  const payload = await getPayload({ config });
  // The generated migrations are typed for the SQLite adapter; the base type is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
  return payload;
}
