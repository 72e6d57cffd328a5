/**
 * Renditions of one uploaded audio or video file, made with ffmpeg (Debian package) and sharp:
 *
 * - audio.m4a: AAC-LC mono 48 kbps (≤ 64 kbps) for the audio-only mode on weak signal;
 * - mobile.mp4 (video only): H.264 main, at most 480 lines, CRF 28 capped at 700 kbit/s, AAC 48 kbps;
 * - poster-<w>.webp: a frame at 10 % of a video (or an audio file's cover art) in 320/640/960 widths.
 *
 * Each output is written to a temporary name and renamed, so a reader never sees half a file.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { ProbedMedia } from '../../core/media/probe-check';
import type { StoredFile, StoredRenditions } from '../../core/media/types';
import { ffmpeg } from './ffmpeg';

export const POSTER_WIDTHS = [320, 640, 960] as const;
export const AUDIO_BITRATE_KBPS = 48;

async function stored(dir: string, filename: string, mime: string): Promise<StoredFile> {
  return { filename, bytes: (await stat(path.join(dir, filename))).size, mime };
}

async function encode(dir: string, filename: string, args: (out: string) => string[]): Promise<void> {
  const part = path.join(dir, `.part-${filename}`);
  await ffmpeg(args(part));
  await rename(part, path.join(dir, filename));
}

async function posterOf(source: string, dir: string, probed: ProbedMedia): Promise<StoredRenditions['poster']> {
  const frame = path.join(dir, '.frame.png');
  const at = probed.kind === 'video' ? Math.min(probed.durationSeconds * 0.1, 10) : 0;
  await ffmpeg([...(at > 0 ? ['-ss', at.toFixed(2)] : []), '-i', source, '-map', '0:v:0', '-frames:v', '1', '-f', 'image2', '-c:v', 'png', frame]);
  const meta = await sharp(frame).metadata();
  const sizes = [];
  for (const width of POSTER_WIDTHS.filter((w, i) => i === 0 || w <= (meta.width ?? 0))) {
    const filename = `poster-${width}.webp`;
    const info = await sharp(frame).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toFile(path.join(dir, filename));
    sizes.push({ ...(await stored(dir, filename, 'image/webp')), width: info.width, height: info.height });
  }
  await rm(frame, { force: true });
  const largest = sizes.at(-1)!;
  return { width: largest.width, height: largest.height, sizes };
}

/** Makes every rendition of `source` into `dir` (created; old renditions replaced). */
export async function makeRenditions(source: string, dir: string, probed: ProbedMedia): Promise<StoredRenditions> {
  const started = performance.now();
  await mkdir(dir, { recursive: true });
  const out: StoredRenditions = {};
  await encode(dir, 'audio.m4a', (o) => ['-i', source, '-map', '0:a:0', '-vn', '-c:a', 'aac', '-b:a', `${AUDIO_BITRATE_KBPS}k`, '-ac', '1', '-movflags', '+faststart', '-f', 'mp4', o]);
  out.audio = await stored(dir, 'audio.m4a', 'audio/mp4');
  if (probed.kind === 'video') {
    await encode(dir, 'mobile.mp4', (o) => [
      '-i', source, '-map', '0:v:0', '-map', '0:a:0?', '-vf', "scale=-2:'min(480,ih)'", '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '28',
      '-maxrate', '700k', '-bufsize', '1400k', '-profile:v', 'main', '-pix_fmt', 'yuv420p',
      '-c:a', 'aac', '-b:a', `${AUDIO_BITRATE_KBPS}k`, '-ac', '1', '-movflags', '+faststart', '-f', 'mp4', o,
    ]);
    out.mobile = await stored(dir, 'mobile.mp4', 'video/mp4');
  }
  if (probed.kind === 'video' || probed.hasCover) out.poster = await posterOf(source, dir, probed);
  out.seconds = Math.round((performance.now() - started) / 10) / 100;
  return out;
}
