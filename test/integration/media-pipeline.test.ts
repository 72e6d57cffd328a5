/**
 * The media pipeline through Payload's Local API: ffprobe refuses a file that is not what its
 * name says and replaces a typed duration, renditions are made after the save (audio ≤ 64 kbps,
 * 480p video, poster sizes), LRC becomes WebVTT and malformed captions are named by line, the
 * workflow refuses a video without captions and an editor of another agency, and only published
 * items reach the public loader.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { mediaWorkflowEndpoints } from '../../cms/collections/Media/endpoints/workflow';
import { mediaProcessingIdle, PROCESSED } from '../../cms/media/process';
import { resumeMediaProcessing } from '../../cms/media/resume';
import { MEDIA_DIR, renditionsDir } from '../../cms/media/storage';
import type { Media } from '../../cms/payload-types';
import { publishedMedia } from '../../cms/site-data-media';
import { agencyStaff, type AgencyStaff, unique } from '../helpers/payload';
import { refusalOf, respond } from '../helpers/endpoint';

const dir = mkdtempSync(path.join(tmpdir(), 'pufa-media-test-'));
const ff = (args: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
const probe = (file: string) => JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file]).toString()) as {
  format: { bit_rate: string; duration: string };
  streams: { codec_type: string; width?: number; height?: number; bit_rate?: string }[];
};

let staff: AgencyStaff;
let video: Buffer;
let audio: Buffer;

const LRC = '[00:00.50]婚姻自由记心上\n[00:01.50]包办买卖不应当\n[00:02.50]';

beforeAll(async () => {
  staff = await agencyStaff();
  // A 3-second 720p test video with a tone, and a 2-second tone as m4a.
  ff(['-f', 'lavfi', '-i', 'testsrc=size=1280x720:rate=10:duration=3', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', path.join(dir, 'v.mp4')]);
  ff(['-f', 'lavfi', '-i', 'sine=frequency=330:duration=2', '-c:a', 'aac', '-b:a', '128k', path.join(dir, 'a.m4a')]);
  video = readFileSync(path.join(dir, 'v.mp4'));
  audio = readFileSync(path.join(dir, 'a.m4a'));
});

const upload = (data: Buffer, name: string, mimetype: string) => ({ data, name: `${unique()}-${name}`, mimetype, size: data.length });

async function createAs(user: AgencyStaff['editor'], data: Partial<Media>, file: ReturnType<typeof upload>) {
  return staff.payload.create({ collection: 'media', data: { title: '测试作品', artForm: '吕剧', ...data } as never, file, user, overrideAccess: false });
}

const [actionsEndpoint, transitionEndpoint] = mediaWorkflowEndpoints;
function move(id: number, user: unknown, action: string, comment?: string) {
  const request = new Request('http://localhost/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, comment }) });
  return respond(transitionEndpoint!.handler, { payload: staff.payload, user, routeParams: { id }, headers: request.headers, body: request.body });
}

describe('upload checks', () => {
  it('refuses an image renamed to .mp4, in Chinese', async () => {
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } }).png().toBuffer();
    await expect(createAs(staff.editor, {}, upload(png, 'fake.mp4', 'video/mp4'))).rejects.toThrow(/实际内容不是 \.mp4/);
  });

  it('refuses a text file named .mp3', async () => {
    const text = Buffer.from('这不是音频文件，只是一段文字。'.repeat(20));
    await expect(createAs(staff.editor, {}, upload(text, 'song.mp3', 'audio/mpeg'))).rejects.toThrow(/实际内容不是 \.mp3/);
  });

  it('refuses a video sent as audio', async () => {
    await expect(createAs(staff.editor, {}, upload(video, 'clip.mp4', 'audio/mp4'))).rejects.toThrow(/实际含有视频画面/);
  });

  it('refuses malformed LRC and WebVTT, naming the line beside the field', async () => {
    const fieldError = async (data: Partial<Media>) => {
      const error = (await createAs(staff.editor, data, upload(audio, 'a.m4a', 'audio/mp4')).catch((e: unknown) => e)) as { data?: { errors?: { path: string; message: string }[] } };
      return error.data?.errors?.[0];
    };
    expect(await fieldError({ transcript: '[00:00.50]甲\n乙没有时间\n' })).toMatchObject({ path: 'transcript', message: expect.stringMatching(/^LRC 歌词第 2 行：缺少时间标签/) });
    expect(await fieldError({ transcript: 'WEBVTT\n\n00:01.000 --> 00:00.500\n甲\n' })).toEqual({ path: 'transcript', label: expect.anything(), message: 'WebVTT 字幕第 3 行：结束时间须晚于开始时间' });
    expect(await fieldError({ chapters: '[00:00.00]开场\n婚姻自由' })).toMatchObject({ path: 'chapters', message: expect.stringMatching(/^章节第 2 行/) });
  });

  it('refuses captions that run past the media’s real end (a duration mismatch)', async () => {
    await expect(createAs(staff.editor, { transcript: '[00:00.50]甲\n[00:40.00]乙' }, upload(audio, 'a.m4a', 'audio/mp4'))).rejects.toThrow(/开始于 40\.0 秒，超出作品实际时长 2\.0 秒/);
  });
});

describe('a video upload', () => {
  let doc: Media;

  beforeAll(async () => {
    const started = performance.now();
    doc = await createAs(staff.editor, { durationSeconds: 312, transcript: LRC, chapters: '[00:00.00]开场\n[00:01.50]禁止包办 《民法典》第一千零四十二条' }, upload(video, 'clip.mp4', 'video/mp4'));
    // The save does not wait for ffmpeg.
    expect(doc.processingStatus).toBe('processing');
    expect(performance.now() - started).toBeLessThan(5_000);
    await mediaProcessingIdle();
    doc = await staff.payload.findByID({ collection: 'media', id: doc.id, depth: 0 });
  });

  it('stores the probed duration and kind, replacing a typed one with a note', () => {
    expect(doc.kind).toBe('video');
    expect(doc.durationSeconds).toBeCloseTo(3, 0);
    expect(doc.processingNote).toMatch(/填写的时长 312 秒与文件实际时长 3\.0 秒不符/);
    expect(doc.status).toBe('draft');
  });

  it('stores LRC as WebVTT ending at the real duration', () => {
    expect(doc.transcript).toMatch(/^WEBVTT\n\n00:00:00\.500 --> 00:00:01\.500\n婚姻自由记心上\n\n00:00:01\.500 --> 00:00:02\.500\n包办买卖不应当\n$/);
  });

  it('makes a ≤ 64 kbps audio rendition, a 480p video and poster sizes', () => {
    expect(doc.processingStatus).toBe('done');
    const r = doc.renditions!;
    const folder = renditionsDir(doc.filename!);
    const a = probe(path.join(folder, r.audio!.filename));
    expect(a.streams.map((s) => s.codec_type)).toEqual(['audio']);
    expect(Number(a.streams[0]!.bit_rate)).toBeLessThanOrEqual(64_000);
    const m = probe(path.join(folder, r.mobile!.filename));
    expect(m.streams.find((s) => s.codec_type === 'video')).toMatchObject({ height: 480, width: 854 });
    expect(r.poster!.sizes.map((s) => s.width)).toEqual([320, 640, 960]);
    expect(r.poster!.sizes[0]!.height).toBe(180);
    expect(r.mobile!.bytes).toBeLessThan(video.length * 2);
  });

  it('is not public while a draft', async () => {
    expect((await publishedMedia(staff.payload)).some((m) => m.id === String(doc.id))).toBe(false);
  });

  it('is edited only by its own agency', async () => {
    await expect(staff.payload.update({ collection: 'media', id: doc.id, data: { title: '篡改' }, user: staff.otherEditor, overrideAccess: false })).rejects.toThrow();
    const res = await move(doc.id, staff.otherEditor, 'submit');
    expect(res.status).toBe(404);
    expect((await staff.payload.findByID({ collection: 'media', id: doc.id })).title).toBe('测试作品');
  });

  it('goes through review, then reaches the public loader with cues and cited chapters', async () => {
    expect((await move(doc.id, staff.reviewer, 'publish')).status).toBe(403);
    expect((await move(doc.id, staff.editor, 'submit')).status).toBe(200);
    await expect(staff.payload.update({ collection: 'media', id: doc.id, data: { title: '审核中改名' }, user: staff.editor, overrideAccess: false })).rejects.toThrow(/正在审核/);
    expect((await move(doc.id, staff.reviewer, 'publish')).status).toBe(200);
    const item = (await publishedMedia(staff.payload)).find((m) => m.id === String(doc.id))!;
    expect(item).toMatchObject({ kind: 'video', artForm: '戏曲', operaKind: '吕剧', slug: String(doc.id), agency: { id: String(staff.agencyId) } });
    expect(item.files.audio.url).toBe(`/api/media/${doc.id}/files/audio.m4a`);
    expect(item.files.poster?.srcset).toContain('poster-320.webp 320w');
    expect(item.captions.cues.map((c) => c.text)).toEqual(['婚姻自由记心上', '包办买卖不应当']);
    expect(item.chapters[1]).toMatchObject({ start: 1.5, cite: { lawTitle: '民法典', article: '第一千零四十二条', articleNumber: 1042 } });
    const moves = await respond(actionsEndpoint!.handler, { payload: staff.payload, user: staff.editor, routeParams: { id: doc.id } });
    expect(((await moves.json()) as { moves: unknown[] }).moves).toEqual([]);
  });
});

describe('captions are required for a video', () => {
  it('refuses to submit a video without captions', async () => {
    const doc = await createAs(staff.editor, {}, upload(video, 'bare.mp4', 'video/mp4'));
    await mediaProcessingIdle();
    const res = await move(doc.id, staff.editor, 'submit');
    expect(res.status).toBe(403);
    expect((await refusalOf(res)).message).toBe('视频作品须先填写或导入字幕（WebVTT 或 LRC）才能发布');
    // The status select cannot be used to skip the rule either.
    await expect(staff.payload.update({ collection: 'media', id: doc.id, data: { status: 'submitted' }, user: staff.editor, overrideAccess: false })).rejects.toThrow(/字幕/);
  });

  it('lets audio through without captions; a forged processing state is ignored', async () => {
    const doc = await createAs(staff.editor, { processingStatus: 'done', renditions: { audio: { filename: '../../etc/passwd', bytes: 1, mime: 'audio/mp4' } } }, upload(audio, 'a.m4a', 'audio/mp4'));
    expect(doc.processingStatus).toBe('processing');
    await mediaProcessingIdle();
    const done = await staff.payload.findByID({ collection: 'media', id: doc.id });
    expect(done.renditions?.audio?.filename).toBe('audio.m4a');
    expect(done.renditions?.mobile).toBeUndefined();
    expect((await move(doc.id, staff.editor, 'submit')).status).toBe(200);
  });
});

describe('after a restart in the middle of processing', () => {
  /** An uploaded audio item as a server stopped mid-processing leaves it: 处理中, no renditions. */
  async function interrupted() {
    const doc = await createAs(staff.editor, {}, upload(audio, 'a.m4a', 'audio/mp4'));
    await mediaProcessingIdle();
    rmSync(renditionsDir(doc.filename!), { recursive: true, force: true });
    await staff.payload.update({ collection: 'media', id: doc.id, data: { processingStatus: 'processing', renditions: {} }, overrideAccess: true, context: { [PROCESSED]: true } });
    return doc;
  }
  const reread = (id: number) => staff.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true });

  it('takes the item up again and finishes it', async () => {
    const doc = await interrupted();
    expect((await resumeMediaProcessing(staff.payload)).queued).toBeGreaterThanOrEqual(1);
    await mediaProcessingIdle();
    const done = await reread(doc.id);
    expect(done.processingStatus).toBe('done');
    expect(existsSync(path.join(renditionsDir(doc.filename!), done.renditions!.audio!.filename))).toBe(true);
  });

  it('marks an item whose file is gone as failed, saying to upload again', async () => {
    const doc = await interrupted();
    rmSync(path.join(MEDIA_DIR, doc.filename!));
    expect((await resumeMediaProcessing(staff.payload)).failed).toBeGreaterThanOrEqual(1);
    const failed = await reread(doc.id);
    expect(failed.processingStatus).toBe('failed');
    expect(failed.processingNote).toBe('服务器重启后无法继续处理：原文件已不在服务器上，请重新上传文件');
  });
});
