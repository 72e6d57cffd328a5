/**
 * The issuer's Ed25519 signing keys as a keyring: one current key signs, retired keys stay
 * published so credentials they signed still verify. Pure (jose runs in Node and browsers);
 * where the keyring is stored is the server's business (cms/learning/credential-keys.ts).
 */
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** One key pair; `id` is short and stable, the published `kid` is `<keys URL>#<id>`. */
export interface SigningKey {
  id: string;
  createdAt: string;
  /** Set when a newer key took over; a retired key never signs again. */
  retiredAt?: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** All keys ever used, newest last; `current` names the one that signs. */
export interface Keyring {
  current: string;
  keys: SigningKey[];
}

/** A public key as published in the JWKS, with its state (extra members are allowed by RFC 7517). */
export interface PublishedJwk extends JWK {
  kid: string;
  status: 'current' | 'retired';
  createdAt: string;
  retiredAt?: string;
}

/** A fresh Ed25519 key pair; the id carries its creation day and a random tail. */
export async function newSigningKey(now = new Date()): Promise<SigningKey> {
  const pair = await generateKeyPair('Ed25519', { extractable: true });
  const publicJwk = await exportJWK(pair.publicKey);
  const tail = publicJwk.x!.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toLowerCase();
  return { id: `${now.toISOString().slice(0, 10)}-${tail}`, createdAt: now.toISOString(), privateJwk: await exportJWK(pair.privateKey), publicJwk };
}

/** A keyring holding one key. */
export const keyringOf = (key: SigningKey): Keyring => ({ current: key.id, keys: [key] });

/** Rotation: `next` becomes current, the previous current is marked retired at `now` and kept. */
export function rotateKeyring(ring: Keyring, next: SigningKey, now = new Date()): Keyring {
  if (ring.keys.some((k) => k.id === next.id)) throw new Error(`signing key ${next.id} already exists`);
  const keys = ring.keys.map((k) => (k.id === ring.current && !k.retiredAt ? { ...k, retiredAt: now.toISOString() } : k));
  return { current: next.id, keys: [...keys, next] };
}

/** The key that signs now. */
export function currentKey(ring: Keyring): SigningKey {
  const key = ring.keys.find((k) => k.id === ring.current);
  if (!key) throw new Error(`keyring names missing current key ${ring.current}`);
  return key;
}

/** The published `kid` of a key: the keys URL with the key id as fragment, so it dereferences to the JWKS. */
export const keyIdUrl = (keysUrl: string, id: string): string => `${keysUrl}#${id}`;

/** Every public key (never a private member) as a JWKS for `keysUrl`. */
export function publicJwks(ring: Keyring, keysUrl: string): { keys: PublishedJwk[] } {
  return {
    keys: ring.keys.map((k) => ({
      kty: k.publicJwk.kty,
      crv: k.publicJwk.crv,
      x: k.publicJwk.x,
      kid: keyIdUrl(keysUrl, k.id),
      alg: 'EdDSA',
      use: 'sig',
      status: k.id === ring.current ? 'current' : 'retired',
      createdAt: k.createdAt,
      ...(k.retiredAt ? { retiredAt: k.retiredAt } : {}),
    })),
  };
}
