import { buildSegment, type SegmentOptions } from '../../../core/search/build-segment';
import { SearchEngine } from '../../../core/search/engine';
import type { SearchDoc, SearchManifest } from '../../../core/search/types';

export interface MemoryIndex {
  manifest: SearchManifest;
  files: Map<string, Uint8Array>;
}

/** Build segments in memory, one per named group of documents. */
export function buildMemoryIndex(groups: Record<string, SearchDoc[]>, options: SegmentOptions = {}): MemoryIndex {
  const files = new Map<string, Uint8Array>();
  const manifest: SearchManifest = { format: 2, segments: [] };
  for (const [name, docs] of Object.entries(groups)) {
    const built = buildSegment(name, docs, options);
    manifest.segments.push(built.info);
    for (const [path, bytes] of built.files) files.set(built.info.path + path, bytes);
  }
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
  return { manifest, files };
}

/** An engine reading a memory index; `fetched` lists every path it asked for. */
export function memoryEngine(index: MemoryIndex): { engine: SearchEngine; fetched: string[] } {
  const fetched: string[] = [];
  const engine = new SearchEngine(async (path) => {
    fetched.push(path);
    const bytes = index.files.get(path);
    if (!bytes) throw new Error(`missing ${path}`);
    return bytes;
  });
  return { engine, fetched };
}
