/**
 * WebVTT captions: parse and validate (with the line of the first fault, in Chinese), and write
 * cues back as WebVTT. Covers what players need: the header, optional cue ids, timings with
 * settings, multi-line cue text, NOTE/STYLE/REGION blocks skipped.
 */
import type { Cue } from './types';
import { formatVttTime, parseVttTime } from './timecode';

/** A parse outcome: the cues, or a Chinese message naming the line (1-based). */
export type ParseResult = { ok: true; cues: Cue[] } | { ok: false; line: number; error: string };

const fail = (line: number, error: string): ParseResult => ({ ok: false, line, error: `第 ${line} 行：${error}` });

/** Parses WebVTT text; cues must have end after start and not start before the previous cue. */
export function parseWebVtt(source: string): ParseResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return fail(1, '字幕须为 WebVTT 格式，第一行应为 “WEBVTT”');
  const cues: Cue[] = [];
  let i = 1;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i += 1;
      continue;
    }
    const blockStart = i;
    const first = lines[i]!;
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first)) {
      while (i < lines.length && lines[i]!.trim() !== '') i += 1;
      continue;
    }
    // An optional cue identifier, then the timing line.
    let timingAt = first.includes('-->') ? i : i + 1;
    const timing = lines[timingAt];
    if (timing === undefined || !timing.includes('-->')) {
      return fail(blockStart + 1, `缺少时间轴（应为 “00:01.000 --> 00:04.000”），实际为 “${first.slice(0, 40)}”`);
    }
    const [left, right = ''] = timing.split('-->');
    const start = parseVttTime(left!);
    const end = parseVttTime(right.trim().split(/\s+/)[0] ?? '');
    if (start === null || end === null) return fail(timingAt + 1, `时间格式错误 “${timing.trim().slice(0, 60)}”（应为 分:秒.毫秒，如 00:01.000）`);
    if (end <= start) return fail(timingAt + 1, '结束时间须晚于开始时间');
    const previous = cues.at(-1);
    if (previous && start < previous.start) return fail(timingAt + 1, '字幕须按开始时间先后排列');
    timingAt += 1;
    const text: string[] = [];
    while (timingAt < lines.length && lines[timingAt]!.trim() !== '') {
      if (lines[timingAt]!.includes('-->')) return fail(timingAt + 1, '字幕之间须以空行分隔');
      text.push(lines[timingAt]!);
      timingAt += 1;
    }
    if (text.length === 0) return fail(timingAt, '时间轴下没有字幕文字');
    cues.push({ start, end, text: text.join('\n') });
    i = timingAt;
  }
  if (cues.length === 0) return fail(lines.length, '没有任何带时间轴的字幕');
  return { ok: true, cues };
}

/** The cues as a WebVTT file. Cue text lines never contain "-->" (it would end the cue early). */
export function toWebVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((c) => `${formatVttTime(c.start)} --> ${formatVttTime(c.end)}\n${c.text.replaceAll('-->', '→')}`);
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
