/**
 * `npm run laws:vendor`: refreshes content/laws/ from a full corpus (PUFA_CORPUS_DIR or
 * ../shared/corpus/laws). Finds every law the demo's content cites, maps each title to its current
 * version's file(s) in the corpus, adds the extra versions, copies them at the same relative paths,
 * removes files no longer needed and writes content/laws/manifest.json. Versions a citation is
 * pinned to are copied too. Safe to run again.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCorpusPath } from '../../core/law/corpus-path';
import { citedVersionFiles, type CorpusLawFile } from '../../core/law/demo-law-set';
import { parseLawMarkdown } from '../../core/law/parse-law-markdown';
import { listLawFiles } from '../importer/read-law-folder';
import { citedLaws, DEMO_LAWS_DIR, DEMO_MANIFEST, type DemoLawManifest, EXTRA_VERSION_PATHS } from '../seed/demo-laws';
import { corpusDirOrNull, corpusHelp } from '../importer/corpus-dir';

const corpus = corpusDirOrNull();
if (!corpus) {
  console.error(corpusHelp());
  process.exit(2);
}

const files: CorpusLawFile[] = [];
for (const rel of await listLawFiles(corpus)) {
  const law = parseLawMarkdown({ text: readFileSync(path.join(corpus, rel), 'utf8'), path: rel }).law;
  const date = parseCorpusPath(rel).versionDate;
  if (law) files.push({ path: rel, slug: law.slug, ...(date ? { versionDate: date } : {}) });
}
const { refs, citedBy } = await citedLaws();
const { paths: current, missing } = citedVersionFiles(files, refs);
if (missing.length) {
  for (const slug of missing) console.error(`✗ 语料中没有《${slug}》（引用于 ${citedBy.get(slug)?.join('、')}）`);
  process.exit(1);
}
const paths = [...new Set([...current, ...EXTRA_VERSION_PATHS])].sort();

mkdirSync(DEMO_LAWS_DIR, { recursive: true });
for (const rel of paths) {
  mkdirSync(path.dirname(path.join(DEMO_LAWS_DIR, rel)), { recursive: true });
  copyFileSync(path.join(corpus, rel), path.join(DEMO_LAWS_DIR, rel));
}
const keep = new Set(paths);
for (const rel of await listLawFiles(DEMO_LAWS_DIR)) {
  if (!keep.has(rel) && rel !== 'README.md') rmSync(path.join(DEMO_LAWS_DIR, rel));
}
for (const entry of readdirSync(DEMO_LAWS_DIR, { withFileTypes: true })) {
  const dir = path.join(DEMO_LAWS_DIR, entry.name);
  if (entry.isDirectory() && readdirSync(dir, { recursive: true }).length === 0) rmSync(dir, { recursive: true });
}
const manifest: DemoLawManifest = {
  source: 'LawRefBook/Laws（https://github.com/LawRefBook/Laws），法律法规不适用著作权法（第五条）',
  paths,
  citedBy: Object.fromEntries([...citedBy].sort(([a], [b]) => a.localeCompare(b, 'zh-Hans-CN'))),
};
writeFileSync(DEMO_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
const bytes = paths.reduce((n, rel) => n + statSync(path.join(DEMO_LAWS_DIR, rel)).size, 0);
console.log(`已更新 content/laws：${citedBy.size} 部被引用的法律，${paths.length} 个文件，${(bytes / 1024).toFixed(0)} KB（来源 ${corpus}）`);
if (!existsSync(path.join(DEMO_LAWS_DIR, 'README.md'))) console.warn('⚠ content/laws/README.md 不存在');
