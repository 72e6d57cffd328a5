/**
 * Build side: a gram → term id dictionary tuned for the indexer's hot loop.
 * Grams of BMP text are keyed by their code units in an open-addressing hash
 * table, so no string is created per occurrence (only once per new term).
 * Runs with surrogate pairs take the plain path through `forEachGram`; both
 * paths yield exactly the grams `forEachGram` defines.
 */
import { forEachGram, MAX_GRAM, RUN_RE, SURROGATE_RE } from './tokenize';

export class GramDictionary {
  /** Term strings by id. */
  readonly terms: string[] = [];
  private keyA = new Uint32Array(1 << 16);
  private keyB = new Uint32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  private readonly slow = new Map<string, number>();

  private slot(a: number, b: number, keyA: Uint32Array, keyB: Uint32Array): number {
    const mask = keyA.length - 1;
    let i = (Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
    while (keyB[i] !== 0 && (keyA[i] !== a || keyB[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keyA, keyB, ids } = this;
    this.keyA = new Uint32Array(keyA.length * 2);
    this.keyB = new Uint32Array(keyA.length * 2);
    this.ids = new Int32Array(keyA.length * 2);
    for (let i = 0; i < keyA.length; i++) {
      if (keyB[i] === 0) continue;
      const j = this.slot(keyA[i]!, keyB[i]!, this.keyA, this.keyB);
      this.keyA[j] = keyA[i]!;
      this.keyB[j] = keyB[i]!;
      this.ids[j] = ids[i]!;
    }
  }

  private add(term: string): number {
    this.terms.push(term);
    return this.terms.length - 1;
  }

  /** Id of a gram containing surrogates (rare): a plain Map. */
  private idOfString(gram: string): number {
    let id = this.slow.get(gram);
    if (id === undefined) this.slow.set(gram, (id = this.add(gram)));
    return id;
  }

  /** Id of the BMP gram `text[i, i + n)`: the code-unit hash table. */
  private idOfBmp(text: string, i: number, n: number): number {
    const a = text.charCodeAt(i) * 65536 + (n >= 2 ? text.charCodeAt(i + 1) : 0);
    const b = (n >= 3 ? text.charCodeAt(i + 2) : 0) * 4 + n;
    let at = this.slot(a, b, this.keyA, this.keyB);
    if (this.keyB[at] !== 0) return this.ids[at]!;
    const id = this.add(text.slice(i, i + n));
    if (this.terms.length * 2 > this.keyA.length) {
      this.grow();
      at = this.slot(a, b, this.keyA, this.keyB);
    }
    this.keyA[at] = a;
    this.keyB[at] = b;
    this.ids[at] = id;
    return id;
  }

  /** Calls `visit(termId, offset)` for every gram occurrence of normalized text (see forEachGram). */
  scan(normalized: string, visit: (id: number, offset: number) => void): void {
    for (const m of normalized.matchAll(RUN_RE)) {
      const run = m[0];
      if (SURROGATE_RE.test(run)) {
        const at = m.index;
        forEachGram(run, (g, o) => visit(SURROGATE_RE.test(g) ? this.idOfString(g) : this.idOfBmp(g, 0, g.length), at + o));
        continue;
      }
      const length = run.length;
      for (let i = 0; i < length; i++) {
        for (let n = 1; n <= MAX_GRAM && i + n <= length; n++) visit(this.idOfBmp(run, i, n), m.index + i);
      }
    }
  }
}
