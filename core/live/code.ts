/** Join codes, resume tokens and screen keys, from a cryptographic random source. */
import { CODE_PATTERN } from './protocol';

export type RandomBytes = (n: number) => Uint8Array;

/** Web Crypto (Node 20 and browsers alike). */
export const cryptoBytes: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** A six-digit code 100000–999999, uniform (rejection sampling; 900,000 possible codes). */
export function randomCode(bytes: RandomBytes = cryptoBytes): string {
  for (;;) {
    const b = bytes(4);
    const n = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    // 4,294,800,000 is the largest multiple of 900,000 below 2^32: no modulo bias.
    if (n < 4_294_800_000) return String(100_000 + (n % 900_000));
  }
}

/** 128 random bits as base64url (22 characters). */
export function randomToken(bytes: RandomBytes = cryptoBytes): string {
  let s = '';
  for (const b of bytes(16)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const isCode = (value: unknown): value is string => typeof value === 'string' && CODE_PATTERN.test(value);
