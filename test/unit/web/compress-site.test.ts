import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressSite } from '../../../cms/publish/compress';

const dir = mkdtempSync(path.join(tmpdir(), 'pufa-compress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compressSite', () => {
  const page = `<!doctype html><title>普法</title>${'<p>中华人民共和国民法典第一条</p>'.repeat(200)}`;
  mkdirSync(path.join(dir, 'site', 'laws'), { recursive: true });
  writeFileSync(path.join(dir, 'site', 'laws', 'index.html'), page);
  writeFileSync(path.join(dir, 'site', 'tiny.css'), 'a{}');
  writeFileSync(path.join(dir, 'site', 'photo.webp'), Buffer.alloc(5000, 7));
  writeFileSync(path.join(dir, 'site', 'stale.js'), 'x');
  writeFileSync(path.join(dir, 'site', 'stale.js.br'), 'left from an earlier build');
  const cacheDir = path.join(dir, 'cache');

  it('writes .br and .gz that decode to the page, and nothing for small or binary files', async () => {
    const summary = await compressSite(path.join(dir, 'site'), { cacheDir });
    const file = path.join(dir, 'site', 'laws', 'index.html');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page);
    expect(existsSync(path.join(dir, 'site', 'tiny.css.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'site', 'photo.webp.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'site', 'stale.js.br'))).toBe(false);
    expect(summary).toMatchObject({ files: 3, compressed: 1 });
    expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes);
    expect(summary.gzipBytes).toBeLessThan(summary.rawBytes / 5);
  });

  it('takes unchanged files from the cache on the next build', async () => {
    rmSync(path.join(dir, 'site', 'laws', 'index.html.br'));
    const summary = await compressSite(path.join(dir, 'site'), { cacheDir });
    expect(summary.compressed).toBe(0);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'site', 'laws', 'index.html.br'))).toString()).toBe(page);
  });
});
