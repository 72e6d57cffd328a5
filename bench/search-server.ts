/**
 * A small static file server for the search benchmark: serves a built site (plus extra folders
 * mounted under a prefix) the way a typical static host does, compressing text responses with
 * gzip on the fly. Files that are already gzip-compressed (our index files, Pagefind's) are sent
 * as they are.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.svg']);

function resolve(mounts: [string, string][], urlPath: string): string | null {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let file = path.join(dir, decodeURIComponent(urlPath.slice(prefix.length)));
    if (!file.startsWith(dir)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (existsSync(file)) return file;
  }
  return null;
}

/** Serve `root` at `/` and each `[prefix, dir]` mount; resolves with the base URL and the server. */
export async function serveStatic(root: string, mounts: [string, string][] = []): Promise<{ url: string; server: Server }> {
  const all: [string, string][] = [...mounts.map(([p, d]): [string, string] => [p, path.resolve(d)]), ['/', path.resolve(root)]];
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const file = resolve(all, urlPath);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = path.extname(file);
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    if (COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipSync(readFileSync(file)));
      return;
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
