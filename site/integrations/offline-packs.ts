/**
 * Astro integration: after the build, writes one offline pack manifest per track
 * (`offline-packs/<track>.json`, see core/offline/pack.ts) plus `offline-packs/index.json`, and
 * stamps the service worker (`sw.js`, copied from site/public) with the shell it precaches and
 * that shell's version, so a changed offline page or worker makes browsers install the new one.
 * The packs themselves are downloaded only when a learner asks (下载本路径); never the whole site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { buildPack, packAssets, type PackManifest, type PackSource } from '../../core/offline/pack';

/** What the service worker precaches at install: the offline page and the app's icons. */
export const SHELL_PAGES = ['/offline/', '/manifest.webmanifest', '/favicon.svg', '/favicon.ico', '/icon-192.png'];
/** The line of site/public/sw.js the build replaces. */
export const SHELL_MARKER = /^const SHELL = .*;$/m;

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Files of a built site, by the URL path a browser asks for. */
export function distSource(dir: string): PackSource {
  const file = (url: string) => {
    const rel = decodeURIComponent(url).replace(/^\/+/, '');
    const p = path.join(dir, rel.endsWith('/') || rel === '' ? path.join(rel, 'index.html') : rel);
    return p.startsWith(dir) && existsSync(p) && statSync(p).isFile() ? p : undefined;
  };
  return {
    readText: (url) => {
      const p = file(url);
      return p && readFileSync(p, 'utf8');
    },
    fileInfo: (url) => {
      const p = file(url);
      if (!p) return undefined;
      const data = readFileSync(p);
      return { bytes: data.length, hash: sha(data).slice(0, 16) };
    },
    hash: sha,
  };
}

/** Writes every track's pack and stamps sw.js; returns the packs. */
export function writeOfflinePacks(dir: string, tracksFile = 'content/tracks.yaml'): PackManifest[] {
  const src = distSource(dir);
  const tracks = parse(readFileSync(tracksFile, 'utf8')) as { id: string; title: string }[];
  const packs = tracks.map((t) => buildPack({ track: t.id, title: t.title, src }));
  mkdirSync(path.join(dir, 'offline-packs'), { recursive: true });
  for (const pack of packs) writeFileSync(path.join(dir, 'offline-packs', `${pack.track}.json`), JSON.stringify(pack));
  const index = packs.map(({ track, title, version, bytes, files, lessons }) => ({ track, title, version, bytes, files: files.length, lessons: lessons.length }));
  writeFileSync(path.join(dir, 'offline-packs', 'index.json'), JSON.stringify(index));

  const swPath = path.join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  if (!SHELL_MARKER.test(sw)) throw new Error('sw.js 中缺少 "const SHELL = …;" 一行，无法写入离线外壳清单');
  const urls = [...new Set([...SHELL_PAGES, ...packAssets(['/offline/'], src)])];
  const missing = urls.filter((u) => !src.fileInfo(u));
  if (missing.length) throw new Error(`离线外壳缺少文件：${missing.join('、')}`);
  // The worker's own code is part of the version: a changed worker is a new shell.
  const version = sha(urls.map((u) => `${u} ${src.fileInfo(u)!.hash}`).join('\n') + sw).slice(0, 16);
  writeFileSync(swPath, sw.replace(SHELL_MARKER, () => `const SHELL = ${JSON.stringify({ version, urls })};`));
  return packs;
}

export function offlinePacks(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pufa-offline-packs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        try {
          const packs = writeOfflinePacks(fileURLToPath(dir), path.join(root, 'content', 'tracks.yaml'));
          const kb = (n: number) => `${Math.round(n / 1024)} KB`;
          logger.info(`离线包：${packs.map((p) => `${p.title} ${p.files.length} 个文件 ${kb(p.bytes)}`).join('；')}（${Math.round(performance.now() - started)} ms）`);
        } catch (error) {
          throw new Error(`生成离线包失败：${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}
