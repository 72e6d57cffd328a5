/**
 * The demo's law library in the repository (content/laws) holds every law the content cites, in
 * every version a citation is pinned to, so that a clone starts without the full corpus. Fails
 * when a lesson or question cites a law not vendored yet: run `npm run laws:vendor`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import { citedLaws, DEMO_LAWS_DIR, demoLawManifest, EXTRA_VERSION_PATHS } from '../../../cms/seed/demo-laws';
import { listLawFiles } from '../../../cms/importer/read-law-folder';

describe('content/laws', () => {
  it('holds exactly the manifest’s files, each a clean law file', async () => {
    const { paths } = demoLawManifest();
    const onDisk = (await listLawFiles(DEMO_LAWS_DIR)).filter((f) => f !== 'README.md');
    expect(onDisk).toEqual([...paths].sort());
    expect(paths).toEqual(expect.arrayContaining(EXTRA_VERSION_PATHS));
    for (const rel of paths) {
      const { law, issues } = parseLawMarkdown({ text: readFileSync(path.join(DEMO_LAWS_DIR, rel), 'utf8'), path: rel });
      expect(law?.articles.length, rel).toBeGreaterThan(0);
      expect(issues.filter((i) => i.kind !== 'empty-heading' && i.kind !== 'article-gap'), rel).toEqual([]);
    }
  });

  it('has every law the content cites, and every pinned dated version (npm run laws:vendor)', async () => {
    const { refs, citedBy } = await citedLaws();
    const vendored = demoLawManifest().paths.map((rel) => ({
      slug: parseLawMarkdown({ text: readFileSync(path.join(DEMO_LAWS_DIR, rel), 'utf8'), path: rel }).law?.slug,
      rel,
    }));
    const slugs = new Set(vendored.map((v) => v.slug));
    const absent = [...citedBy.keys()].filter((law) => !slugs.has(law)).map((law) => `${law} ← ${citedBy.get(law)?.join(', ')}`);
    expect(absent).toEqual([]);
    expect(citedBy.get('食品安全法')).toBeDefined();
    // A law kept in dated files must have the pinned version among them (undated laws such as
    // 宪法 and 民法典 have one version, dated from their history).
    const datesOf = (law: string) => vendored.filter((v) => v.slug === law).flatMap((v) => /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(v.rel)?.[1] ?? []);
    const unpinned = refs.filter((r) => r.version && datesOf(r.law).length && !datesOf(r.law).includes(r.version));
    expect(unpinned).toEqual([]);
  });
});
