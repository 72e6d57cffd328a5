/**
 * Location of the shared law corpus for tests and benchmarks. Tests run from the
 * repository root; the corpus sits next to it in ../shared/corpus/laws unless
 * PUFA_CORPUS_DIR points elsewhere.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Absolute path of the corpus root (override with PUFA_CORPUS_DIR). */
export const CORPUS_DIR = path.resolve(process.env.PUFA_CORPUS_DIR ?? path.resolve(process.cwd(), '../shared/corpus/laws'));

// Corpus tests are never skipped: a missing corpus is a broken test set-up, said loudly.
if (!existsSync(CORPUS_DIR)) {
  throw new Error(`法律语料目录不存在：${CORPUS_DIR}（设置 PUFA_CORPUS_DIR 指向 corpus/laws）`);
}

/** Text of one corpus file, by path relative to the corpus root. */
export function readCorpusFile(relPath: string): string {
  return readFileSync(path.join(CORPUS_DIR, relPath), 'utf8');
}

/** Every Markdown file below the corpus root, as sorted '/'-separated relative paths. */
export function listCorpusFiles(): string[] {
  return readdirSync(CORPUS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}
