/**
 * The seed's own demo works (cms/seed/demo-media-works.ts) are content: their lyrics must convert
 * to captions, their chapters must parse, and every article a chapter cites must exist in the
 * demo law library, or the public page links to an anchor that is not there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import { parseChapters } from '../../../core/media/chapters';
import { lrcToWebVtt } from '../../../core/media/lrc';
import { DEMO_LAWS_DIR, demoLawManifest } from '../../../cms/seed/demo-laws';
import { DEMO_WORKS } from '../../../cms/seed/demo-media-works';

/** Article numbers of every demo-library version of a law, by slug. */
function articlesOf(slug: string): Set<number> {
  const numbers = new Set<number>();
  for (const rel of demoLawManifest().paths) {
    const { law } = parseLawMarkdown({ text: readFileSync(path.join(DEMO_LAWS_DIR, rel), 'utf8'), path: rel });
    if (law?.slug === slug) for (const a of law.articles) numbers.add(a.number);
  }
  return numbers;
}

describe('demo media works', () => {
  it('cover the art forms the demo shows: 吕剧 (video), 快板 and 评书 (audio)', () => {
    expect(DEMO_WORKS.map((w) => [w.artForm, w.kind]).sort()).toEqual([['吕剧', 'video'], ['快板', 'audio'], ['评书', 'audio']].sort());
    expect(new Set(DEMO_WORKS.map((w) => w.slug)).size).toBe(DEMO_WORKS.length);
    for (const work of DEMO_WORKS) expect(work.title).toContain('演示素材');
  });

  for (const work of DEMO_WORKS) {
    it(`${work.title}: lyrics become captions within the sound, chapters cite articles that exist`, () => {
      const seconds = (work.score.beats * 60) / work.score.bpm;
      const vtt = lrcToWebVtt(work.lrc);
      expect(vtt.ok).toBe(true);
      if (!vtt.ok) return;
      expect(vtt.cues.length).toBeGreaterThanOrEqual(5);
      expect(Math.max(...vtt.cues.map((c) => c.end))).toBeLessThanOrEqual(seconds + 1);

      const chapters = parseChapters(work.chapters);
      expect(chapters.ok).toBe(true);
      if (!chapters.ok) return;
      const cited = chapters.chapters.flatMap((c) => (c.cite ? [c.cite] : []));
      expect(cited.length).toBeGreaterThanOrEqual(3);
      for (const chapter of chapters.chapters) expect(chapter.start).toBeLessThan(seconds);
      for (const cite of cited) {
        expect(work.lawSlugs).toContain(cite.lawTitle);
        expect([...articlesOf(cite.lawTitle)], `${cite.lawTitle}${cite.article}`).toContain(cite.articleNumber);
      }
    });
  }
});
