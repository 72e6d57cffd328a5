/** ffmpeg and ffprobe (Debian package `ffmpeg`) as promises, with a timeout and the tail of stderr on failure. */
import { execFile } from 'node:child_process';
import type { ProbeOutput } from '../../core/media/probe-check';

const run = (cmd: string, args: string[], timeoutMs: number) =>
  new Promise<string>((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} 失败：${String(stderr).trim().split('\n').slice(-3).join(' ') || error.message}`, { cause: error }));
      else resolve(stdout);
    });
  });

/** ffprobe's JSON for a file; a file ffprobe cannot read gives an empty probe (the checks then refuse it). */
export async function ffprobe(file: string): Promise<ProbeOutput> {
  try {
    return JSON.parse(await run('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file], 30_000)) as ProbeOutput;
  } catch {
    return {};
  }
}

/** Runs ffmpeg quietly, overwriting outputs; long media get a generous timeout. */
export const ffmpeg = (args: string[], timeoutMs = 30 * 60_000): Promise<string> =>
  run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args], timeoutMs);

/** True when both ffmpeg and ffprobe run here; the demo seed skips its works without them. */
export async function ffmpegAvailable(): Promise<boolean> {
  try {
    await run('ffmpeg', ['-version'], 10_000);
    await run('ffprobe', ['-version'], 10_000);
    return true;
  } catch {
    return false;
  }
}
