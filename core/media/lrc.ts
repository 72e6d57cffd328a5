/**
 * LRC timed lyrics (the usual format for songs and opera 唱词) → cues and WebVTT. Lines are
 * `[mm:ss.xx]text`, several stamps may share a line; tags like [ti:…] [ar:…] [offset:…] are read
 * or skipped. A cue ends where the next begins; the last ends `lastCueSeconds` later (or at the
 * media's duration when known).
 */
import type { Cue } from './types';
import type { ParseResult } from './webvtt';
import { toWebVtt } from './webvtt';

const STAMP = /^\[(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?\]/;
const TAG = /^\[([a-z#]+):(.*)\]\s*$/i;

export interface LrcOptions {
  /** The media's duration in seconds, when known: the last line ends there. */
  durationSeconds?: number;
  /** How long the last line shows when the duration is unknown (default 5 s). */
  lastCueSeconds?: number;
}

const fail = (line: number, error: string): ParseResult => ({ ok: false, line, error: `第 ${line} 行：${error}` });

/** Parses LRC into cues sorted by time; a line with text but no valid time stamp is an error. */
export function parseLrc(source: string, options: LrcOptions = {}): ParseResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let offset = 0;
  const stamped: { start: number; text: string; line: number }[] = [];
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    const n = index + 1;
    if (line === '') continue;
    const tag = TAG.exec(line);
    if (tag && !STAMP.test(line)) {
      if (tag[1]!.toLowerCase() === 'offset') {
        const ms = Number(tag[2]!.trim());
        if (!Number.isFinite(ms)) return fail(n, `offset 须为毫秒数，实际为 “${tag[2]}”`);
        offset = ms / 1000;
      }
      continue;
    }
    const starts: number[] = [];
    let rest = line;
    for (let m = STAMP.exec(rest); m; m = STAMP.exec(rest)) {
      const seconds = Number(m[2]);
      if (seconds >= 60) return fail(n, `秒数应小于 60：“${m[0]}”`);
      const fraction = m[3] ? Number(m[3]) / 10 ** m[3].length : 0;
      starts.push(Number(m[1]) * 60 + seconds + fraction);
      rest = rest.slice(m[0].length);
    }
    if (starts.length === 0) {
      return fail(n, `缺少时间标签（应为 “[分:秒.百分秒]歌词”，如 “[00:12.50]婚姻自由记心上”），实际为 “${line.slice(0, 40)}”`);
    }
    const text = rest.trim();
    for (const start of starts) stamped.push({ start: Math.max(0, start - offset), text, line: n });
  }
  stamped.sort((a, b) => a.start - b.start);
  const cues: Cue[] = [];
  const lastFor = options.lastCueSeconds ?? 5;
  for (const [i, s] of stamped.entries()) {
    const next = stamped[i + 1];
    if (next && next.start === s.start && s.text) return fail(next.line, '两行歌词的时间相同');
    // An empty stamped line only ends the previous one (a pause).
    if (!s.text) continue;
    const end = next ? next.start : Math.max(options.durationSeconds ?? s.start + lastFor, s.start + 0.5);
    cues.push({ start: s.start, end, text: s.text });
  }
  if (cues.length === 0) return fail(Math.max(1, lines.length), '没有任何带时间标签的歌词');
  return { ok: true, cues };
}

/** LRC → WebVTT text, or the parse error. */
export function lrcToWebVtt(source: string, options: LrcOptions = {}): { ok: true; vtt: string; cues: Cue[] } | { ok: false; line: number; error: string } {
  const parsed = parseLrc(source, options);
  return parsed.ok ? { ok: true, vtt: toWebVtt(parsed.cues), cues: parsed.cues } : parsed;
}

/** True when the text looks like LRC rather than WebVTT (so a pasted field can take either). */
export const looksLikeLrc = (source: string): boolean => !/^\uFEFF?WEBVTT/.test(source.trimStart()) && /^\s*\[\d{1,3}:\d{1,2}/m.test(source);
