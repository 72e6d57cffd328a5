import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type SearchSource, writeSearchIndex } from '../../../core/search/build-index';
import { SearchEngine } from '../../../core/search/engine';
import type { SearchDoc } from '../../../core/search/types';
import { FIXTURE } from './fixture';

const work = mkdtempSync(path.join(tmpdir(), 'pufa-search-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const source = (name: string, docs: SearchDoc[]): SearchSource => ({ name, load: () => docs });
const lessons = FIXTURE.filter((d) => d.kind === 'lesson');
const others = FIXTURE.filter((d) => d.kind !== 'lesson');
const cacheDir = path.join(work, 'cache');

describe('writeSearchIndex', () => {
  it('writes one content-addressed folder per source and a manifest', async () => {
    const out = path.join(work, 'a');
    const { manifest, segments } = await writeSearchIndex([source('laws', others), source('lessons', lessons), source('empty', [])], out, { cacheDir });
    expect(manifest.segments.map((s) => s.name)).toEqual(['laws', 'lessons']);
    expect(manifest.segments.every((s) => /^[a-z]+-[0-9a-f]{12}\/$/.test(s.path))).toBe(true);
    expect(segments.every((s) => !s.cached && s.files > 0)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
    const engine = new SearchEngine(async (p) => new Uint8Array(readFileSync(path.join(out, p))));
    expect((await engine.search('社区矫正')).total).toBe(3);
  });

  it('rebuilds only the source whose documents changed', async () => {
    const edited = lessons.map((d, i) => (i === 0 ? { ...d, text: `${d.text} 新增一句。` } : d));
    const before = JSON.parse(readFileSync(path.join(work, 'a', 'manifest.json'), 'utf8'));
    const { manifest, segments } = await writeSearchIndex([source('laws', others), source('lessons', edited)], path.join(work, 'b'), { cacheDir });
    expect(segments.map((s) => [s.name, s.cached])).toEqual([
      ['laws', true],
      ['lessons', false],
    ]);
    expect(manifest.segments[0]).toEqual(before.segments[0]);
    expect(manifest.segments[1]!.path).not.toBe(before.segments[1].path);
  });

  it('rejects two sources with one name', async () => {
    await expect(writeSearchIndex([source('x', others), source('x', lessons)], path.join(work, 'c'))).rejects.toThrow(/two sources/);
  });
});
