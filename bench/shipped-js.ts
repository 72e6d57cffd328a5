/**
 * `tsx bench/shipped-js.ts <dist>`: the JavaScript each built page loads (its module scripts and
 * every chunk they import, transitively), gzipped, grouped by page type (the route with its
 * dynamic segment replaced). Prints one line per page type: the largest page of that type, gzip
 * and raw. Inline scripts count too; embedded JSON data does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const gzipOf = (file: string) => gzipSync(readFileSync(file)).length;
const rawOf = (file: string) => readFileSync(file).length;

/** Files a module imports, statically or with import() (loaded on use, e.g. the search engine). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:import|export)\s*\(?\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  return found.map((spec) => (spec.startsWith('/') ? path.join(dist, spec) : path.resolve(path.dirname(file), spec)));
}

function pageScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => path.join(dist, m[1]!));
  const seen = new Set<string>();
  const queue = [...srcs];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file));
  }
  return [...seen];
}

/** Inline JavaScript (data blocks such as type="application/json" are not code and not counted). */
const inline = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
const byType = new Map<string, { page: string; bytes: number; raw: number }>();
for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!entry.endsWith('index.html')) continue;
  const page = `/${path.dirname(entry)}/`.replace('/./', '/');
  const html = readFileSync(path.join(dist, entry), 'utf8');
  const files = pageScripts(html);
  const bytes = files.reduce((n, f) => n + gzipOf(f), 0) + inline(html).reduce((n, t) => n + gzipSync(t).length, 0);
  const raw = files.reduce((n, f) => n + rawOf(f), 0) + inline(html).reduce((n, t) => n + Buffer.byteLength(t), 0);
  if (!bytes) continue;
  const parts = page.split('/').filter(Boolean);
  const type = parts.length > 1 && !['me', 'account', 'exam', 'leaderboard', 'search', 'verify', 'certificate'].includes(parts[0]!) ? `/${parts[0]}/*/` : page;
  const best = byType.get(type);
  if (!best || bytes > best.bytes) byType.set(type, { page, bytes, raw });
}
const kb = (n: number) => (n / 1024).toFixed(2).padStart(6);
console.log(`${'page type'.padEnd(24)}  gzip KB   raw KB  (largest page)`);
for (const [type, { page, bytes, raw }] of [...byType].sort()) console.log(`${type.padEnd(24)} ${kb(bytes)}   ${kb(raw)}  (${page})`);
