/** Probes an upload's bytes with ffprobe and checks them against the name and MIME type claimed. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkProbe } from '../../core/media/probe-check';
import { ffprobe } from './ffmpeg';

export interface Upload {
  data?: Buffer;
  tempFilePath?: string;
  name: string;
  mimetype: string;
}

/** The probed media or the Chinese refusal (core/media/probe-check.ts). */
export async function probeUpload(file: Upload) {
  if (file.tempFilePath) return checkProbe(await ffprobe(file.tempFilePath), { filename: file.name, mimeType: file.mimetype });
  const dir = await mkdtemp(path.join(tmpdir(), 'pufa-probe-'));
  try {
    // The extension stays: ffprobe guesses from content, never from it, but error messages read better.
    const target = path.join(dir, `upload${path.extname(file.name).replace(/[^.\w]/g, '')}`);
    await writeFile(target, file.data ?? Buffer.alloc(0));
    return checkProbe(await ffprobe(target), { filename: file.name, mimeType: file.mimetype });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
