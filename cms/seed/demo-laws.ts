/**
 * The demo's law library, shipped in the repository under content/laws/ at the corpus's own
 * relative paths: every law the demo's lessons, practice quizzes, exam bank and agency lists cite
 * (current version), plus the extra versions the version features demonstrate with. The list is
 * content/laws/manifest.json, written by `npm run laws:vendor` (cms/scripts/vendor-laws.ts).
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { citedInMdx, citedInYaml, type LawRef } from '../../core/law/demo-law-set';
import { ROOT_DIR } from '../paths';
import { EXAM_BANK_DIR } from './question-bank';
import { LIST_TEMPLATES } from './agency-year';
import { SEED_ALIASES } from './search-aliases';
import { DEMO_WORKS } from './demo-media-works';

/** Where the demo laws live in the repository (a folder in the corpus format). */
export const DEMO_LAWS_DIR = path.join(ROOT_DIR, 'content', 'laws');
export const DEMO_MANIFEST = path.join(DEMO_LAWS_DIR, 'manifest.json');

/** Older or newer versions beside the cited ones: 公司法 2018 → 2023 (renumbered) and 未成年人保护法. */
export const EXTRA_VERSION_PATHS = [
  '民法商法/公司法(2018-10-26).md',
  '民法商法/公司法(2023-12-29).md',
  '社会法/未成年人保护法(2020-10-17).md',
  '社会法/未成年人保护法(2024-04-26).md',
];

/** Slugs the seed itself refers to outside the content files (the demo media works' laws). */
const SEED_SLUGS = DEMO_WORKS.flatMap((work) => work.lawSlugs);

/** content/laws/manifest.json: which files were vendored, and which content cites each law. */
export interface DemoLawManifest {
  source: string;
  paths: string[];
  citedBy: Record<string, string[]>;
}

let manifest: DemoLawManifest | undefined;

/** The vendored manifest (read once). */
export function demoLawManifest(): DemoLawManifest {
  return (manifest ??= JSON.parse(readFileSync(DEMO_MANIFEST, 'utf8')) as DemoLawManifest);
}

/** True for a corpus-relative path the demo imports (from content/laws or from a full corpus). */
export const isDemoLawPath = (rel: string): boolean => demoLawManifest().paths.includes(rel);

/**
 * Every law the demo's content cites (with the version a citation is pinned to), and the
 * repository files citing each: lessons' `<Cite>`, practice quizzes' and the exam bank's `cite`,
 * the agencies' responsibility-list laws, the seeded search thesaurus and the seed's own
 * references. Files are read raw (not validated), so a quiz being written still counts.
 */
export async function citedLaws(): Promise<{ refs: LawRef[]; citedBy: Map<string, string[]> }> {
  const refs: LawRef[] = [];
  const citedBy = new Map<string, string[]>();
  const add = (found: LawRef[], where: string) => {
    refs.push(...found);
    for (const { law } of found) citedBy.set(law, [...new Set([...(citedBy.get(law) ?? []), where])]);
  };
  const read = async (dir: string, pattern: RegExp, cites: (text: string) => LawRef[]) => {
    for (const file of (await readdir(dir)).filter((f) => pattern.test(f)).sort()) {
      const full = path.join(dir, file);
      add(cites(await readFile(full, 'utf8')), path.relative(ROOT_DIR, full).split(path.sep).join('/'));
    }
  };
  await read(path.join(ROOT_DIR, 'content', 'lessons'), /\.mdx$/, citedInMdx);
  for (const dir of [path.join(ROOT_DIR, 'content', 'quizzes'), EXAM_BANK_DIR]) {
    await read(dir, /\.ya?ml$/, (text) => citedInYaml(parseYaml(text)));
  }
  const slugs = (list: string[]) => list.map((law) => ({ law }));
  add(slugs(Object.values(LIST_TEMPLATES).flatMap((items) => items.flatMap((i) => i.laws))), 'cms/seed/agency-year.ts');
  add(slugs(SEED_ALIASES.flatMap((a) => a.articles.map((t) => t.law))), 'cms/seed/search-aliases.ts');
  add(slugs(SEED_SLUGS), 'cms/seed/demo-media-works.ts');
  return { refs, citedBy };
}
