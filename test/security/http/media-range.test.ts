/**
 * Media files through the real server: a published demo work's files answer range requests
 * (206 with exactly the bytes asked for, 416 past the end) the way a browser's player seeks; a
 * draft uploaded by an agency editor is reachable by that editor and by no stranger, neither
 * through the media file endpoint nor through Payload's own /api/media/file/<name> route.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';

const base = inject('baseURL');
const api = (p: string, init: RequestInit = {}) => fetch(`${base}/api${p}`, init);
const auth = (token: string) => ({ Authorization: `JWT ${token}` });

interface Doc { id: number; filename: string; status: string; processingStatus: string; renditions: { audio?: { filename: string } } }

let published: Doc;
let whole: Buffer;
let editorToken: string;
let draft: Doc;

beforeAll(async () => {
  const found = (await (await api('/media?where[slug][equals]=kuaiban-hongludeng&depth=0')).json()) as { docs: Doc[] };
  published = found.docs[0]!;
  whole = Buffer.from(await (await api(`/media/${published.id}/files/original`)).arrayBuffer());
  const login = await api('/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'gaj@pufa.local', password: DEMO_PASSWORD }) });
  editorToken = ((await login.json()) as { token: string }).token;
  // An editor's draft: a 2-second tone uploaded as the admin form does (multipart).
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-range-'));
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'aac', path.join(dir, 'draft.m4a')]);
  const form = new FormData();
  form.append('file', new Blob([readFileSync(path.join(dir, 'draft.m4a'))], { type: 'audio/mp4' }), 'draft.m4a');
  form.append('_payload', JSON.stringify({ title: '草稿作品', artForm: '快板' }));
  const created = await api('/media', { method: 'POST', headers: auth(editorToken), body: form });
  expect(created.status).toBe(201);
  draft = ((await created.json()) as { doc: Doc }).doc;
  expect(draft.status).toBe('draft');
});

describe('range requests on a published work', () => {
  it('seeks with 206 and exactly the asked bytes', async () => {
    expect(published.status).toBe('published');
    const res = await api(`/media/${published.id}/files/original`, { headers: { Range: 'bytes=1000-4999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 1000-4999/${whole.length}`);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(1000, 5000))).toBe(true);
  });

  it('never compresses a range, even when the client accepts gzip', async () => {
    const res = await api(`/media/${published.id}/files/original`, { headers: { Range: 'bytes=0-99', 'Accept-Encoding': 'gzip, br' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(0, 100))).toBe(true);
  });

  it('answers 416 with the size for a range past the end', async () => {
    const res = await api(`/media/${published.id}/files/${published.renditions.audio!.filename}`, { headers: { Range: 'bytes=99999999-' } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toMatch(/^bytes \*\/\d+$/);
  });
});

describe('a draft’s files', () => {
  it('stay hidden from strangers on every route', async () => {
    expect((await api(`/media/${draft.id}/files/original`)).status).toBe(404);
    expect((await api(`/media/${draft.id}/files/original`, { headers: { Range: 'bytes=0-10' } })).status).toBe(404);
    const builtin = await api(`/media/file/${encodeURIComponent(draft.filename)}`);
    expect([403, 404]).toContain(builtin.status);
    expect((await api(`/media/${draft.id}`)).status).toBe(404);
  });

  it('reach their own editor', async () => {
    const res = await api(`/media/${draft.id}/files/original`, { headers: { ...auth(editorToken), Range: 'bytes=0-9' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
