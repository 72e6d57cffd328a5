/**
 * Pagefind (npm `pagefind`) on the same built pages, for the side-by-side benchmark: index
 * build, plus a one-line harness page that runs a query the way Pagefind's UI does (search,
 * then load the first 10 results' data).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Index `siteDir` into `outDir`; returns the build time in seconds. */
export async function buildPagefind(siteDir: string, outDir: string): Promise<{ seconds: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { seconds: (performance.now() - started) / 1000 };
}

/** Writes `<dir>/pagefind.html`, exposing `runPagefind(q)` and `pagefindUrls(q, max)`. */
export function writeHarness(dir: string, pagefindUrl = '/pagefind/pagefind.js'): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'pagefind.html'),
    `<!doctype html><meta charset="utf-8"><title>pagefind bench</title><script type="module">
const load = () => (window.pf ??= import(${JSON.stringify(pagefindUrl)}));
window.runPagefind = async (q) => {
  const pf = await load();
  const r = await pf.search(q);
  await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
};
window.pagefindUrls = async (q, max) => {
  const pf = await load();
  const r = await pf.search(q);
  if (r.results.length > max) return null;
  return (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.url);
};
window.ready = true;
</script>`,
  );
}
