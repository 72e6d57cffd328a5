/**
 * A fresh machine without ffmpeg still seeds the demo: the media step says what is missing and
 * touches nothing, instead of failing `npm start` halfway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { ffmpegAvailable } from '../../../cms/media/ffmpeg';
import { seedDemoMedia } from '../../../cms/seed/demo-media';

const realPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = realPath;
});

describe('demo media without ffmpeg', () => {
  it('is detected, and the seed skips the works with a Chinese message', async () => {
    expect(await ffmpegAvailable()).toBe(true);
    process.env.PATH = '/nonexistent';
    expect(await ffmpegAvailable()).toBe(false);
    const lines: string[] = [];
    // Any call on this payload would throw: the skip must happen before the database is touched.
    const untouchable = new Proxy({}, { get: () => { throw new Error('payload used'); } }) as Payload;
    await seedDemoMedia(untouchable, new Map(), (m) => lines.push(m));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('未找到 ffmpeg');
  });
});
