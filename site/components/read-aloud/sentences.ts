/**
 * Splitting Chinese text into the sentences read aloud one at a time (pure, no DOM): after
 * 。！？；… and their ASCII forms, keeping closing quotes and brackets with their sentence, at line
 * breaks, and — so a speech engine never stalls on a long legal sentence — a sentence longer than
 * `maxLength` is cut again after ，、：.
 */
export interface Sentence {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset just past the last character (trailing spaces excluded). */
  end: number;
  text: string;
}

const TERMINATORS = new Set(['。', '！', '？', '；', '…', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);
const SOFT_BREAKS = new Set(['，', '、', '：', ',', ':']);

function pieces(text: string, isBreak: (ch: string) => boolean, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\n') {
      out.push([start, i]);
      start = i + 1;
      i += 1;
      continue;
    }
    if (isBreak(ch)) {
      let j = i + 1;
      // Runs of terminators (？！, ……) and closing quotes stay with the sentence they end.
      while (j < to && (isBreak(text[j]!) || CLOSERS.has(text[j]!))) j += 1;
      out.push([start, j]);
      start = j;
      i = j;
      continue;
    }
    i += 1;
  }
  out.push([start, to]);
  return out;
}

/** Trims a [start, end) span to its non-space characters, or null when nothing is left. */
function trimmed(text: string, [start, end]: [number, number]): Sentence | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
  return s < e ? { start: s, end: e, text: text.slice(s, e) } : null;
}

/** The sentences of `text`, in order, with their offsets. */
export function splitSentences(text: string, maxLength = 120): Sentence[] {
  const out: Sentence[] = [];
  for (const span of pieces(text, (ch) => TERMINATORS.has(ch), 0, text.length)) {
    const sentence = trimmed(text, span);
    if (!sentence) continue;
    if (sentence.end - sentence.start <= maxLength) {
      out.push(sentence);
      continue;
    }
    for (const part of pieces(text, (ch) => SOFT_BREAKS.has(ch), sentence.start, sentence.end)) {
      const piece = trimmed(text, part);
      if (piece) out.push(piece);
    }
  }
  return out;
}
