/**
 * The player's pure rules (browser-safe, no DOM): which line is current, what `#t=` means, how a
 * time and a file size are written. Used by pufa-player.ts and the item pages.
 */

/** Playback speeds offered, slowest first (1 is the default). */
export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5] as const;

/** A timed line or chapter: where it starts (seconds); a line also says where it ends. */
export interface Timed {
  start: number;
  end?: number;
}

/**
 * Index of the line showing at `time`: the last one that has started and not yet ended (lines
 * without an end last until the next starts), or -1 before the first and in gaps.
 */
export function activeIndex(lines: readonly Timed[], time: number): number {
  let found = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start > time) break;
    const end = line.end ?? lines[i + 1]?.start ?? Infinity;
    if (time < end) found = i;
  }
  return found;
}

/**
 * Seconds named by a page hash `#t=83`, `#t=83.5`, `#t=1:23` or `#t=0:01:23` (media fragment
 * style), or null when the hash names no time.
 */
export function timeFromHash(hash: string): number | null {
  const m = /^#?t=(?:npt:)?((?:\d+:){0,2}\d+(?:\.\d+)?)(?:,.*)?$/.exec(hash.trim());
  if (!m) return null;
  const seconds = m[1]!.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return Number.isFinite(seconds) ? seconds : null;
}

/** The hash that opens a page's player at `seconds` (whole tenths). */
export const timeHash = (seconds: number): string => `#t=${Math.round(Math.max(0, seconds) * 10) / 10}`;

/** 65 → 1:05, 3725 → 1:02:05 (as players show a position). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** A duration in Chinese: 75 → 1分15秒, 40 → 40秒, 3600 → 1小时0分0秒. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  if (h) return `${h}小时${m}分${s % 60}秒`;
  return m ? `${m}分${s % 60}秒` : `${s}秒`;
}

/** A file size as shown beside a download: 980 B, 12.3 KB, 4.5 MB (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** Short format name of a MIME type for a download label: video/mp4 → MP4, audio/x-m4a → M4A. */
export function formatName(mime: string): string {
  const [type, rest = ''] = mime.split('/');
  const sub = rest.split(';')[0]!.trim().replace(/^x-/, '');
  if (type === 'audio' && sub === 'mp4') return 'M4A';
  const names: Record<string, string> = { mpeg: 'MP3', mp4: 'MP4', 'm4a': 'M4A', webm: 'WebM', ogg: 'Ogg', wav: 'WAV', quicktime: 'MOV' };
  return names[sub] ?? sub.toUpperCase();
}
