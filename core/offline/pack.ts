/**
 * Offline packs: what a learner downloads for one track (下载本路径). Read from the built site,
 * so a pack holds exactly what the pages need: the track page, its lessons, each lesson's quiz
 * page, the law pages they cite (for a long law split into pages, the contents page and the part
 * holding each cited article) and every script and stylesheet those pages load. A pack's version
 * is a hash over its files' hashes, so it changes when any of its content changes.
 */
import { pageUrlFor, type PageRange } from '../law/law-pages';

/** One file of a pack, as the browser will request it (path percent-encoded, no query, no hash). */
export interface PackFile {
  url: string;
  /** Bytes of the file as built (uncompressed). */
  bytes: number;
  /** Content hash (hex). */
  hash: string;
}

export interface PackManifest {
  track: string;
  title: string;
  /** Hash over every file's url and hash: changes when any page or asset of the pack changes. */
  version: string;
  lessons: string[];
  quizzes: string[];
  laws: string[];
  files: PackFile[];
  /** Sum of the files' bytes (uncompressed). */
  bytes: number;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&amp;': '&', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
/** The few HTML entities Astro writes in attribute values. */
export const decodeAttr = (v: string): string => v.replace(/&(?:quot|#34|amp|#39|lt|gt);/g, (e) => ENTITIES[e]!);

/** A same-origin link as `{ path, hash }` (path percent-encoded as a browser sends it), or null. */
export function sameOrigin(href: string, base = '/'): { path: string; hash: string } | null {
  try {
    const url = new URL(href, new URL(base, 'http://pack.invalid'));
    if (url.origin !== 'http://pack.invalid') return null;
    return { path: url.pathname, hash: url.hash };
  } catch {
    return null;
  }
}

/** Every href/src attribute value in `html`, decoded, in order. */
export function attrLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/g)].map((m) => decodeAttr(m[1]!));
}

/** Relative and absolute module imports in a built JS chunk (`import"./x.js"`, `from"/_astro/y.js"`, `import("./z.js")`). */
export function moduleImports(js: string, jsUrl: string): string[] {
  const specs = [...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]((?:\.{1,2}\/|\/)[^"'`]+\.(?:js|mjs|css))["'`]/g)].map((m) => m[1]!);
  return specs.flatMap((s) => sameOrigin(s, jsUrl)?.path ?? []);
}

const ASSET = /\.(?:js|mjs|css|svg|png|jpe?g|webp|avif|gif|ico|woff2?)$/i;

/** The ranges a split law's contents page hands to <pufa-law-anchor>, or []. */
export function lawPageRanges(html: string): PageRange[] {
  const m = /<pufa-law-anchor[^>]*\sdata-ranges="([^"]*)"/.exec(html);
  if (!m) return [];
  try {
    const ranges: unknown = JSON.parse(decodeAttr(m[1]!));
    return Array.isArray(ranges) ? (ranges as PageRange[]) : [];
  } catch {
    return [];
  }
}

export interface PackSource {
  /** The page or text file at `url` (a path ending in `/` is a page), or undefined when absent. */
  readText(url: string): string | undefined;
  /** Size and hash of the file at `url`, or undefined when absent. */
  fileInfo(url: string): { bytes: number; hash: string } | undefined;
  /** Hash of a string (hex), for the version. */
  hash(text: string): string;
}

const unique = (xs: string[]) => [...new Set(xs)];
/** A page of one law (not the library's index, which the header links from every page). */
const isLawPage = (l: { path: string }) => /^\/laws\/[^/]+\//.test(l.path);

/** Pages of a track's pack: the track page, lessons, quiz pages and cited law pages (parts resolved). */
export function packPages(trackUrl: string, src: Pick<PackSource, 'readText'>): { lessons: string[]; quizzes: string[]; laws: string[] } {
  const trackHtml = src.readText(trackUrl);
  if (trackHtml === undefined) throw new Error(`离线包：找不到路径页面 ${trackUrl}`);
  const links = (html: string, base: string) => attrLinks(html).flatMap((h) => sameOrigin(h, base) ?? []);
  const lessons = unique(links(trackHtml, trackUrl).map((l) => l.path).filter((p) => /^\/lessons\/[^/]+\/$/.test(p)));
  const quizzes: string[] = [];
  const lawLinks: { path: string; hash: string }[] = [];
  for (const lesson of lessons) {
    const html = src.readText(lesson);
    if (html === undefined) throw new Error(`离线包：找不到课程页面 ${lesson}`);
    for (const m of html.matchAll(/\sdata-quiz="([^"]+)"/g)) {
      const quiz = sameOrigin(`/quizzes/${encodeURIComponent(decodeAttr(m[1]!))}/`)!.path;
      if (src.readText(quiz) !== undefined) quizzes.push(quiz);
    }
    lawLinks.push(...links(html, lesson).filter(isLawPage));
  }
  for (const quiz of quizzes) lawLinks.push(...links(src.readText(quiz)!, quiz).filter(isLawPage));
  const laws: string[] = [];
  for (const { path, hash } of lawLinks) {
    const html = src.readText(path);
    if (html === undefined) continue;
    laws.push(path);
    const art = /^#art-(\d+)(?:-(\d+))?$/.exec(hash);
    const part = art && pageUrlFor(lawPageRanges(html), Number(art[1]), Number(art[2] ?? 0));
    const partPath = part ? sameOrigin(part, path)?.path : undefined;
    if (partPath && src.readText(partPath) !== undefined) laws.push(partPath);
  }
  return { lessons, quizzes: unique(quizzes), laws: unique(laws) };
}

/** Scripts, stylesheets and images `pages` load, with the chunks those scripts import. */
export function packAssets(pages: string[], src: Pick<PackSource, 'readText'>): string[] {
  const found = new Set<string>();
  const visit = (url: string) => {
    if (found.has(url)) return;
    found.add(url);
    if (/\.m?js$/.test(url)) for (const dep of moduleImports(src.readText(url) ?? '', url)) visit(dep);
  };
  for (const page of pages) {
    for (const link of attrLinks(src.readText(page) ?? '')) {
      const l = sameOrigin(link, page);
      if (l && ASSET.test(l.path) && !l.path.startsWith('/api/')) visit(l.path);
    }
  }
  return [...found];
}

/** The manifest of one track's pack. Throws (in Chinese) when a page or asset is missing. */
export function buildPack({ track, title, src }: { track: string; title: string; src: PackSource }): PackManifest {
  const trackUrl = sameOrigin(`/tracks/${encodeURIComponent(track)}/`)!.path;
  const { lessons, quizzes, laws } = packPages(trackUrl, src);
  const pages = [trackUrl, ...lessons, ...quizzes, ...laws];
  const urls = unique([...pages, ...packAssets(pages, src)]);
  const files = urls.map((url): PackFile => {
    const info = src.fileInfo(url);
    if (!info) throw new Error(`离线包「${title}」：文件不存在 ${decodeURI(url)}`);
    return { url, ...info };
  });
  const version = src.hash(files.map((f) => `${f.url} ${f.hash}`).sort().join('\n')).slice(0, 16);
  return { track, title, version, lessons, quizzes, laws, files, bytes: files.reduce((n, f) => n + f.bytes, 0) };
}
