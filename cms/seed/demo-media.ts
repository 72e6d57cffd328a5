/**
 * The demo media library: three short works the seed makes itself (demo-media-works.ts) — sound
 * synthesized in demo-sound.ts, the project's poster art rasterized by sharp, encoded by ffmpeg
 * (a 吕剧-style video of the poster with the music; 快板- and 评书-style m4a files with the poster as cover) —
 * uploaded through the media collection like an editor's file (probe, renditions), with LRC
 * lyrics and chapters citing articles, published, labelled 演示素材. Encoded files are cached by
 * the hash of what makes them, so a second seed (or test run) skips the encoding.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import sharp from 'sharp';
import type { ReviewEvent } from '../../core/agency/types';
import { ffmpeg, ffmpegAvailable } from '../media/ffmpeg';
import { AWAIT_PROCESSING } from '../media/process';
import { ROOT_DIR } from '../paths';
import type { DocId } from '../relation';
import { render, wav } from './demo-sound';
import { DEMO_WORKS, type DemoWork } from './demo-media-works';

const CACHE_DIR = path.join(ROOT_DIR, 'node_modules', '.cache', 'pufa-demo-media');
// Bump when the encoding below changes, so cached files are remade.
const RECIPE = 'v2';

async function encodeWork(work: DemoWork, svg: Buffer, target: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pufa-demo-'));
  try {
    const sound = path.join(dir, 'sound.wav');
    const poster = path.join(dir, 'poster.png');
    await writeFile(sound, wav(render(work.score)));
    await sharp(svg).resize(1280, 720).png().toFile(poster);
    const part = path.join(dir, `out${path.extname(target)}`);
    if (work.kind === 'video') {
      // -t: a looped still image never ends, and -shortest overshoots by a few seconds.
      const seconds = ((work.score.beats * 60) / work.score.bpm + 1).toFixed(2);
      await ffmpeg(['-loop', '1', '-framerate', '5', '-i', poster, '-i', sound, '-t', seconds, '-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'stillimage', '-pix_fmt', 'yuv420p',
        '-c:a', 'aac', '-b:a', '128k', '-movflags', '+faststart', '-metadata', 'comment=演示素材', part]);
    } else {
      await ffmpeg(['-i', sound, '-i', poster, '-map', '0:a', '-map', '1:v', '-c:a', 'aac', '-b:a', '96k', '-c:v', 'mjpeg', '-disposition:v', 'attached_pic',
        '-metadata', 'comment=演示素材', '-f', 'mp4', part]);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await rename(part, target).catch(async () => writeFile(target, await readFile(part)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The work's encoded file (from the cache, or made now). */
async function fileOf(work: DemoWork): Promise<{ data: Buffer; name: string; mimetype: string }> {
  const svg = await readFile(path.join(ROOT_DIR, 'media', 'posters', work.poster));
  const hash = createHash('sha256').update(RECIPE).update(JSON.stringify(work.score)).update(svg).digest('hex').slice(0, 16);
  const ext = work.kind === 'video' ? 'mp4' : 'm4a';
  const cached = path.join(CACHE_DIR, `${work.slug}-${hash}.${ext}`);
  if (!existsSync(cached)) await encodeWork(work, svg, cached);
  return { data: await readFile(cached), name: `${work.slug}.${ext}`, mimetype: work.kind === 'video' ? 'video/mp4' : 'audio/mp4' };
}

/** A history as if the agency's editor submitted and a reviewer published the work. */
function publishedHistory(at: string): ReviewEvent[] {
  const e = (action: ReviewEvent['action'], from: ReviewEvent['from'], to: ReviewEvent['to'], role: ReviewEvent['role']): ReviewEvent => ({ at, actorId: 'seed', role, action, from, to, version: 1 });
  return [e('create', null, 'draft', 'agency-editor'), e('submit', 'draft', 'submitted', 'agency-editor'), e('publish', 'submitted', 'published', 'reviewer')];
}

/** Seeds the demo works (idempotent by slug); returns how many were made and the seconds it took. */
export async function seedDemoMedia(payload: Payload, agencies: ReadonlyMap<string, DocId>, log: (m: string) => void = console.log): Promise<void> {
  const started = performance.now();
  // The works are encoded here, so without ffmpeg the demo starts without them rather than not at all.
  if (!(await ffmpegAvailable())) {
    log('未找到 ffmpeg/ffprobe：跳过演示普法作品（Debian 请安装 ffmpeg 软件包后重新运行 npm start）；上传音视频同样需要它');
    return;
  }
  let made = 0;
  for (const work of DEMO_WORKS) {
    const found = await payload.find({ collection: 'media', where: { slug: { equals: work.slug } }, limit: 1, depth: 0, overrideAccess: true });
    if (found.docs[0]) continue;
    const laws = await payload.find({ collection: 'laws', where: { slug: { in: work.lawSlugs } }, depth: 0, overrideAccess: true, pagination: false });
    const agency = agencies.get(work.kind === 'video' ? '泉城市司法局' : '泉城市公安局');
    const file = await fileOf(work);
    await payload.create({
      collection: 'media',
      data: {
        title: work.title, slug: work.slug, artForm: work.artForm, performers: work.performers, description: work.description,
        audiences: work.audiences, relatedLaws: laws.docs.map((l) => l.id), transcript: work.lrc, chapters: work.chapters,
        agency, demo: true, status: 'published', history: publishedHistory(new Date().toISOString()),
      },
      file: { ...file, size: file.data.length },
      depth: 0,
      overrideAccess: true,
      context: { seeding: true, [AWAIT_PROCESSING]: true },
    });
    made += 1;
  }
  log(`普法作品（演示素材）${made} 个，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
}
