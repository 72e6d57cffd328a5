/** The one lesson schema: every lesson file passes it, and a broken file fails with its name. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLessonFile, parseTracksFile } from '../../../core/content/lesson-front-matter';

const CONTENT = path.resolve('content');

describe('lesson front matter', () => {
  it('parses every committed lesson and the tracks file', () => {
    const tracks = parseTracksFile(readFileSync(path.join(CONTENT, 'tracks.yaml'), 'utf8')).map((t) => t.id);
    for (const file of readdirSync(path.join(CONTENT, 'lessons')).filter((f) => f.endsWith('.mdx'))) {
      const { data, body } = parseLessonFile(readFileSync(path.join(CONTENT, 'lessons', file), 'utf8'), file);
      expect(data.tracks.every((t) => tracks.includes(t)), file).toBe(true);
      expect(body.startsWith('---'), file).toBe(false);
    }
  });

  it('fills defaults and returns the body after the front matter', () => {
    const { data, body } = parseLessonFile('---\ntitle: 标题\nsummary: 四个字以上\ntracks: [village]\norder: 1\nhours: 0.5\n---\n正文', 'a.mdx');
    expect(data).toMatchObject({ laws: [], tags: [], hours: 0.5 });
    expect(body).toBe('正文');
  });

  it('names the file and every problem when the front matter is wrong', () => {
    expect(() => parseLessonFile('---\ntitle: 标题\ntracks: [farmers]\n---\n', 'bad.mdx')).toThrow(/bad\.mdx[\s\S]*summary[\s\S]*tracks/);
    expect(() => parseLessonFile('没有 front matter', 'none.mdx')).toThrow(/none\.mdx/);
  });
});
