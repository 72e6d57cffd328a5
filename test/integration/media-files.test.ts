/**
 * GET /api/media/:id/files/:name: range requests (206 with exactly the bytes asked for, 416 for
 * a range past the end) and access (a draft's files reach only its agency and the reviewers).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mediaFileEndpoint } from '../../cms/collections/Media/endpoints/file';
import { AWAIT_PROCESSING } from '../../cms/media/process';
import { renditionsDir } from '../../cms/media/storage';
import type { Media } from '../../cms/payload-types';
import { respond } from '../helpers/endpoint';
import { agencyStaff, type AgencyStaff, unique } from '../helpers/payload';

let staff: AgencyStaff;
let draft: Media;
let published: Media;
let original: Buffer;

const get = (doc: Media, name: string, user: unknown, range?: string) =>
  respond(mediaFileEndpoint.handler, { payload: staff.payload, user, routeParams: { id: String(doc.id), name }, headers: new Headers(range ? { range } : {}) });

beforeAll(async () => {
  staff = await agencyStaff();
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-media-files-'));
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'aac', path.join(dir, 'a.m4a')]);
  original = readFileSync(path.join(dir, 'a.m4a'));
  const make = (status: 'draft' | 'published') =>
    staff.payload.create({
      collection: 'media',
      data: { title: `作品${status}`, artForm: '快板', agency: staff.agencyId, status, transcript: 'WEBVTT\n\n00:00.000 --> 00:01.000\n竹板一打\n' },
      file: { data: original, name: `${unique()}.m4a`, mimetype: 'audio/mp4', size: original.length },
      context: { seeding: true, [AWAIT_PROCESSING]: true },
    });
  draft = await make('draft');
  published = await make('published');
});

describe('range requests', () => {
  it('answers a byte range with 206 and exactly those bytes', async () => {
    const res = await get(published, 'original', null, 'bytes=100-299');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 100-299/${original.length}`);
    expect(res.headers.get('content-length')).toBe('200');
    expect(Buffer.from(await res.arrayBuffer()).equals(original.subarray(100, 300))).toBe(true);
  });

  it('serves an open-ended and a suffix range of a rendition', async () => {
    const audio = readFileSync(path.join(renditionsDir(published.filename!), 'audio.m4a'));
    const tail = await get(published, 'audio.m4a', null, 'bytes=-50');
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(audio.subarray(audio.length - 50))).toBe(true);
    const from = await get(published, 'audio.m4a', null, `bytes=${audio.length - 10}-`);
    expect(Buffer.from(await from.arrayBuffer()).equals(audio.subarray(audio.length - 10))).toBe(true);
  });

  it('answers a range past the end with 416 and the size', async () => {
    const res = await get(published, 'original', null, `bytes=${original.length}-`);
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${original.length}`);
    expect((await get(published, 'original', null, 'bytes=500-100')).status).toBe(416);
  });

  it('serves the whole file with Accept-Ranges when no range is asked for', async () => {
    const res = await get(published, 'original', null);
    expect(res.status).toBe(200);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-type')).toBe('audio/mp4');
    expect(Buffer.from(await res.arrayBuffer()).equals(original)).toBe(true);
  });

  it('serves the captions as text/vtt', async () => {
    const res = await get(published, 'captions.vtt', null);
    expect(res.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await res.text()).toContain('竹板一打');
  });
});

describe('access to files', () => {
  it('hides a draft’s files from strangers and other agencies', async () => {
    for (const user of [null, staff.otherEditor]) {
      expect((await get(draft, 'original', user)).status).toBe(404);
      expect((await get(draft, 'audio.m4a', user, 'bytes=0-10')).status).toBe(404);
      expect((await get(draft, 'captions.vtt', user)).status).toBe(404);
    }
  });

  it('serves a draft’s files to its own agency and the reviewers, never cached publicly', async () => {
    const own = await get(draft, 'audio.m4a', staff.editor);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect((await get(draft, 'original', staff.reviewer)).status).toBe(200);
  });

  it('refuses names that are not the item’s files', async () => {
    for (const name of ['../../pufa.db', 'mobile.mp4', 'poster-9999.webp', published.filename!]) {
      expect((await get(published, name, null)).status).toBe(404);
    }
  });
});
