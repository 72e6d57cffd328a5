/**
 * Chapters of a media item, written as LRC-style lines (`[01:05.00] 婚姻自由 《民法典》第一千零四十二条`)
 * or as WebVTT cues. A 《law》第…条 in a title becomes the chapter's citation.
 */
import { parseChineseNumeral } from '../law/chinese-numerals';
import { parseLrc } from './lrc';
import type { Chapter, ChapterCite } from './types';
import { parseWebVtt } from './webvtt';

const CITE = /《([^《》]+)》\s*(第([零〇一二两三四五六七八九十百千万]+)条)/;

/** The first 《law》第…条 citation in `text`, or undefined. */
export function citeIn(text: string): ChapterCite | undefined {
  const m = CITE.exec(text);
  if (!m) return undefined;
  const articleNumber = parseChineseNumeral(m[3]!);
  if (!Number.isInteger(articleNumber) || articleNumber <= 0) return undefined;
  return { lawTitle: m[1]!.trim(), article: m[2]!, articleNumber };
}

/** Parses chapters (LRC-style or WebVTT); the error names the line. */
export function parseChapters(source: string): { ok: true; chapters: Chapter[] } | { ok: false; line: number; error: string } {
  if (!source.trim()) return { ok: true, chapters: [] };
  const parsed = source.trimStart().startsWith('WEBVTT') ? parseWebVtt(source) : parseLrc(source);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    chapters: parsed.cues.map((c) => {
      const title = c.text.replace(/\s+/g, ' ').trim();
      const cite = citeIn(title);
      return cite ? { start: c.start, title, cite } : { start: c.start, title };
    }),
  };
}
