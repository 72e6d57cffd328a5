/**
 * Where the certificate signing keys live: `<data dir>/keys/certificate-signing.json` (mode 0600,
 * git-ignored with the data folder, never in the site build). Created on first use; rotation
 * (`npx tsx cms/scripts/rotate-certificate-key.ts`) adds a key and retires the previous one, and the
 * running server picks it up on its next signature because the file is read each time (it is tiny).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../paths';
import { keyringOf, newSigningKey, publicJwks, rotateKeyring, type Keyring } from '../../core/learning/signing-keys';
import { publicUrl } from '../site-url';

/** The keyring file (override the folder with PUFA_KEYS_DIR, e.g. a mounted secret volume). */
export const keyringFile = (): string => path.join(path.resolve(process.env.PUFA_KEYS_DIR ?? path.join(DATA_DIR, 'keys')), 'certificate-signing.json');

/** The public JWKS URL on the site's origin; every kid points into it. */
export const keysUrl = (): string => publicUrl('/api/certificates/keys');

function write(file: string, ring: Keyring, flag: 'wx' | 'w'): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (flag === 'wx') {
    writeFileSync(file, JSON.stringify(ring, null, 2), { mode: 0o600, flag });
    return;
  }
  // Write beside and rename, so a reader never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(ring, null, 2), { mode: 0o600 });
  renameSync(tmp, file);
}

/** The keyring, generating the first key when there is none (two processes racing: one file wins, both read it). */
export async function loadKeyring(file = keyringFile()): Promise<Keyring> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Keyring;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    write(file, keyringOf(await newSigningKey()), 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Keyring;
}

/** Adds a new key and makes it current; the old keys stay published as retired. Returns the new ring. */
export async function rotateSigningKey(file = keyringFile()): Promise<Keyring> {
  const ring = rotateKeyring(await loadKeyring(file), await newSigningKey());
  write(file, ring, 'w');
  return ring;
}

/** The issuer's public keys as served at /api/certificates/keys. */
export const issuerJwks = async () => publicJwks(await loadKeyring(), keysUrl());
