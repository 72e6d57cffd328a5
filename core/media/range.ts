/**
 * HTTP Range requests (RFC 9110 §14) for one file: a single byte range is served as 206 with
 * exactly those bytes, an unsatisfiable or malformed one as 416; several ranges are answered
 * with the whole file (allowed: a server may ignore Range), which players never ask for.
 */

/** What to send: the whole file, one inclusive byte range, or 416. */
export type RangeAnswer = { kind: 'whole' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/** Reads a `Range` header against a file of `size` bytes. */
export function answerRange(header: string | null | undefined, size: number): RangeAnswer {
  if (!header) return { kind: 'whole' };
  const m = /^bytes=(.*)$/i.exec(header.trim());
  if (!m) return { kind: 'unsatisfiable' };
  const specs = m[1]!.split(',').map((s) => s.trim());
  if (specs.length > 1) return { kind: 'whole' };
  const spec = /^(\d*)-(\d*)$/.exec(specs[0]!);
  if (!spec || (spec[1] === '' && spec[2] === '')) return { kind: 'unsatisfiable' };
  if (spec[1] === '') {
    // Suffix range: the last N bytes.
    const n = Number(spec[2]);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(spec[1]);
  const end = spec[2] === '' ? size - 1 : Math.min(Number(spec[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
