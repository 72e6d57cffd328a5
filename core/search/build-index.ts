/**
 * Build side (Node): turns pluggable document sources into the files of the
 * search index: one segment per source plus `manifest.json`. A segment whose
 * source produced exactly the same documents as last time is copied from the
 * cache instead of rebuilt, so editing one lesson rebuilds only the lessons.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSegment, INDEX_FORMAT, orderDocs, type SegmentOptions } from './build-segment';
import { namesOf, type SearchAlias } from './aliases';
import type { SearchDoc, SearchManifest, SegmentInfo } from './types';

/** A source of documents: lessons, laws, later campaigns and media transcripts. */
export interface SearchSource {
  /** Segment name: a short ASCII word, unique among sources. */
  name: string;
  options?: SegmentOptions;
  load(): Promise<SearchDoc[]> | SearchDoc[];
}

export interface SegmentReport {
  name: string;
  docs: number;
  files: number;
  /** Total size of the segment's files (they are stored gzip-compressed). */
  bytes: number;
  /** True when the segment was copied from the cache. */
  cached: boolean;
  ms: number;
}

export interface WriteOptions {
  /** Folder for built segments, reused across builds. Omit to always rebuild. */
  cacheDir?: string;
  /** The search thesaurus, written into the manifest (omitted when empty). */
  aliases?: readonly SearchAlias[];
}

function writeFiles(dir: string, files: Map<string, Uint8Array>): number {
  let bytes = 0;
  const made = new Set<string>();
  for (const [rel, data] of files) {
    const file = path.join(dir, rel);
    const parent = path.dirname(file);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true });
    made.add(parent);
    writeFileSync(file, data);
    bytes += data.length;
  }
  return bytes;
}

/** Cache key of a source's documents: format, name, options and every document field. */
function cacheKey(source: SearchSource, docs: readonly SearchDoc[]): string {
  const hash = createHash('sha256').update(`${INDEX_FORMAT}\n${source.name}\n${JSON.stringify(source.options ?? {})}\n`);
  for (const doc of orderDocs(docs)) hash.update(JSON.stringify(doc)).update('\n');
  return hash.digest('hex').slice(0, 16);
}

/** Build (or copy from cache) one segment into `outDir`. */
function segmentFor(source: SearchSource, docs: SearchDoc[], outDir: string, cacheDir?: string): { info: SegmentInfo; report: SegmentReport } {
  const started = performance.now();
  const entry = cacheDir ? path.join(cacheDir, `${source.name}-${cacheKey(source, docs)}`) : undefined;
  if (entry && existsSync(path.join(entry, 'info.json'))) {
    const { info, files, bytes } = JSON.parse(readFileSync(path.join(entry, 'info.json'), 'utf8')) as { info: SegmentInfo; files: number; bytes: number };
    cpSync(path.join(entry, 'files'), path.join(outDir, info.path), { recursive: true });
    return { info, report: { name: source.name, docs: info.docs, files, bytes, cached: true, ms: performance.now() - started } };
  }
  const { info, files } = buildSegment(source.name, docs, source.options);
  const bytes = writeFiles(path.join(outDir, info.path), files);
  if (entry && cacheDir) {
    // Write next to the final name, then rename, so an interrupted build never leaves a half entry.
    const temp = `${entry}.tmp-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    cpSync(path.join(outDir, info.path), path.join(temp, 'files'), { recursive: true });
    writeFileSync(path.join(temp, 'info.json'), JSON.stringify({ info, files: files.size, bytes }));
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(`${source.name}-`) && path.join(cacheDir, old) !== temp) rmSync(path.join(cacheDir, old), { recursive: true, force: true });
    }
    renameSync(temp, entry);
  }
  return { info, report: { name: source.name, docs: info.docs, files: files.size, bytes, cached: false, ms: performance.now() - started } };
}

/** The thesaurus entries as one gzip file named by its content hash; their names for the manifest. */
function writeAliases(aliases: readonly SearchAlias[], outDir: string): SearchManifest['aliases'] {
  const json = JSON.stringify(aliases);
  const rel = `aliases/${createHash('sha256').update(json).digest('hex').slice(0, 16)}.bin`;
  rmSync(path.join(outDir, 'aliases'), { recursive: true, force: true });
  writeFiles(outDir, new Map([[rel, new Uint8Array(gzipSync(json, { level: 9 }))]]));
  return { names: aliases.map(namesOf), path: rel };
}

/**
 * Write the search index for `sources` into `outDir` (e.g. dist/search):
 * segment folders named by content hash, then `manifest.json`. Deterministic:
 * the same documents give byte-identical files.
 */
export async function writeSearchIndex(sources: readonly SearchSource[], outDir: string, options: WriteOptions = {}): Promise<{ manifest: SearchManifest; segments: SegmentReport[] }> {
  const names = new Set<string>();
  for (const s of sources) {
    if (names.has(s.name)) throw new Error(`search: two sources named "${s.name}"`);
    names.add(s.name);
  }
  if (options.cacheDir) mkdirSync(options.cacheDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const manifest: SearchManifest = { format: INDEX_FORMAT, segments: [] };
  const segments: SegmentReport[] = [];
  for (const source of sources) {
    const docs = await source.load();
    if (docs.length === 0) continue;
    const { info, report } = segmentFor(source, docs, outDir, options.cacheDir);
    manifest.segments.push(info);
    segments.push(report);
  }
  if (options.aliases?.length) manifest.aliases = writeAliases(options.aliases, outDir);
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest));
  return { manifest, segments };
}
