/** A deterministic source of floats in [0, 1). */
export type Prng = () => number;

/**
 * Four 32-bit words from a string seed (a murmur-style mix of every UTF-16 unit), so that
 * similar seeds such as "exam-1" and "exam-2" still start far apart.
 */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 0x9e3779b9, h2 = 0x243f6a88, h3 = 0xb7e15162, h4 = 0x85a308d3;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 0x85ebca6b);
    h2 = h3 ^ Math.imul(h2 ^ k, 0xc2b2ae35);
    h3 = h4 ^ Math.imul(h3 ^ k, 0x27d4eb2f);
    h4 = h1 ^ Math.imul(h4 ^ k, 0x165667b1);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 0x85ebca6b);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 0xc2b2ae35);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 0x27d4eb2f);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 0x165667b1);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * A seeded PRNG (SFC32: small, fast, passes PractRand for our needs; not cryptographic).
 * The same seed always yields the same sequence on every JavaScript engine.
 */
export function createPrng(seed: string): Prng {
  let [a, b, c, d] = seedWords(seed);
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: SFC32 needs a few rounds to mix a weak seed.
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** An integer in [0, n) from the PRNG. */
export function randomInt(prng: Prng, n: number): number {
  return Math.floor(prng() * n);
}

/** A shuffled copy (Fisher–Yates); the input is left untouched. */
export function shuffled<T>(items: readonly T[], prng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(prng, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** n distinct items chosen uniformly at random, in random order; throws if n > items.length. */
export function sample<T>(items: readonly T[], n: number, prng: Prng): T[] {
  if (n > items.length) throw new RangeError(`cannot sample ${n} of ${items.length}`);
  return shuffled(items, prng).slice(0, n);
}
