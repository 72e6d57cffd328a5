import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './paths';

/**
 * PAYLOAD_SECRET signs login tokens. When it is not set, a random one is made once and kept in
 * the git-ignored data folder, so a first run needs no set-up and no secret is ever in git.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET;
  const file = path.join(DATA_DIR, '.payload-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(DATA_DIR, { recursive: true });
    const secret = randomBytes(32).toString('hex');
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process made it first: use theirs.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
