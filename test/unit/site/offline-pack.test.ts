/**
 * Offline packs from a small built-site fixture: which pages and assets a track's pack holds (a
 * long law's part resolved from its contents page, the header's /laws/ index left out, JS chunks
 * followed), that its version moves with its content only, and that the build stamps sw.js.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPack, moduleImports, packAssets, packPages, sameOrigin } from '../../../core/offline/pack';
import { distSource, SHELL_PAGES, writeOfflinePacks } from '../../../site/integrations/offline-packs';

const enc = (s: string) => encodeURIComponent(s);
const MFD = `/laws/${enc('民法典')}/`;
const header = '<header><a href="/">首页</a><a href="/laws/">法规库</a><a href="/lessons/">课程</a></header>';
const page = (body: string, script = '/_astro/page.js') => `<!doctype html><html><head><link rel="icon" href="/favicon.svg"><script type="module" src="${script}"></script></head><body>${header}<main>${body}</main></body></html>`;

let dir: string;
const write = (rel: string, text: string) => {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pufa-pack-'));
  write('tracks/village/index.html', page('<ol><li><a href="/lessons/hunyin/">婚姻</a></li><li><a href="/lessons/tiaojie/">调解</a></li></ol>'));
  write('tracks/officials/index.html', page('<ol><li><a href="/lessons/xianfa/">宪法</a></li></ol>'));
  write('lessons/hunyin/index.html', page(`<a href="${MFD}#art-1077">民法典第一千零七十七条</a><section class="quiz" data-quiz="hunyin"></section>`, '/_astro/quiz.js'));
  write('lessons/tiaojie/index.html', page(`<a href="/laws/${enc('人民调解法')}/">人民调解法</a>`));
  write('lessons/xianfa/index.html', page('<p>宪法</p>'));
  write('quizzes/hunyin/index.html', page(`<a class="cite" href="/laws/${enc('人民调解法')}/#art-2">依据</a>`, '/_astro/quiz.js'));
  const ranges = JSON.stringify([[1, 0, 1000, 0, `${MFD}p/1/`], [1001, 0, 1260, 0, `${MFD}p/5/`]]).replaceAll('"', '&quot;');
  write('laws/民法典/index.html', page(`<pufa-law-anchor data-ranges="${ranges}"></pufa-law-anchor>`, '/_astro/anchor.js'));
  write('laws/民法典/p/5/index.html', page('<p id="art-1077">第一千零七十七条</p>'));
  write('laws/民法典/p/1/index.html', page('<p id="art-1">第一条</p>'));
  write('laws/人民调解法/index.html', page('<p id="art-2">第二条</p>'));
  write('laws/index.html', page('法规库'));
  write('lessons/index.html', page('课程'));
  write('offline/index.html', page('<h1>当前没有网络</h1>', '/_astro/offline.js'));
  write('_astro/page.js', 'import"./shared.js";');
  write('_astro/quiz.js', 'import{a}from"./shared.js";const m=()=>import("./lazy.js");');
  write('_astro/anchor.js', 'console.log(1)');
  write('_astro/offline.js', 'import"./shared.js";');
  write('_astro/shared.js', 'export const a=1;');
  write('_astro/lazy.js', 'export const b=2;');
  for (const f of ['favicon.svg', 'favicon.ico', 'icon-192.png', 'manifest.webmanifest']) write(f, 'x');
  write('sw.js', "/* worker */\nconst SHELL = { version: 'dev', urls: ['/offline/'] };\nself.addEventListener('fetch', () => {});\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('offline packs', () => {
  it('holds the track, its lessons, quiz pages and cited law pages — the part of a long law too', () => {
    const { lessons, quizzes, laws } = packPages('/tracks/village/', distSource(dir));
    expect(lessons).toEqual(['/lessons/hunyin/', '/lessons/tiaojie/']);
    expect(quizzes).toEqual(['/quizzes/hunyin/']);
    expect(laws.map(decodeURI)).toEqual(['/laws/民法典/', '/laws/民法典/p/5/', '/laws/人民调解法/']);
  });

  it('follows the scripts pages load, static and dynamic imports alike', () => {
    expect(moduleImports('import{a}from"./shared.js";import("../x/lazy.js")', '/_astro/quiz.js')).toEqual(['/_astro/shared.js', '/x/lazy.js']);
    expect(packAssets(['/lessons/hunyin/'], distSource(dir)).sort()).toEqual(['/_astro/lazy.js', '/_astro/quiz.js', '/_astro/shared.js', '/favicon.svg']);
    expect(sameOrigin('https://example.org/x')).toBeNull();
  });

  it('versions a pack by its content: its own page changing moves it, another track changing does not', () => {
    const before = buildPack({ track: 'village', title: '法律明白人', src: distSource(dir) });
    expect(before.files.map((f) => f.url)).toContain('/tracks/village/');
    expect(before.files.map((f) => f.url)).not.toContain('/lessons/xianfa/');
    expect(before.bytes).toBe(before.files.reduce((n, f) => n + f.bytes, 0));
    write('lessons/xianfa/index.html', page('<p>宪法（修改）</p>'));
    expect(buildPack({ track: 'village', title: '法律明白人', src: distSource(dir) }).version).toBe(before.version);
    write('laws/民法典/p/5/index.html', page('<p id="art-1077">第一千零七十七条（新）</p>'));
    expect(buildPack({ track: 'village', title: '法律明白人', src: distSource(dir) }).version).not.toBe(before.version);
  });

  it('refuses a pack whose page loads a missing file', () => {
    rmSync(path.join(dir, '_astro/shared.js'));
    expect(() => buildPack({ track: 'village', title: '法律明白人', src: distSource(dir) })).toThrow(/文件不存在 \/_astro\/shared\.js/);
  });

  it('writes every pack and stamps sw.js with the shell only — never a lesson or law', () => {
    write('tracks.yaml', '- id: village\n  title: 法律明白人\n- id: officials\n  title: 国家工作人员\n');
    const packs = writeOfflinePacks(dir, path.join(dir, 'tracks.yaml'));
    expect(packs.map((p) => p.track)).toEqual(['village', 'officials']);
    const index = JSON.parse(readFileSync(path.join(dir, 'offline-packs/index.json'), 'utf8')) as { track: string; lessons: number }[];
    expect(index.map((t) => [t.track, t.lessons])).toEqual([['village', 2], ['officials', 1]]);
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const shell = JSON.parse(/^const SHELL = (.*);$/m.exec(sw)![1]!) as { version: string; urls: string[] };
    expect(shell.version).toMatch(/^[0-9a-f]{16}$/);
    expect(shell.urls).toEqual(expect.arrayContaining([...SHELL_PAGES, '/_astro/offline.js', '/_astro/shared.js']));
    expect(shell.urls.some((u) => /^\/(lessons|laws|quizzes|tracks)\//.test(u))).toBe(false);
    expect(sw).toContain("self.addEventListener('fetch'");
  });

  it('gives the shell a new version when the offline page changes, and refuses a worker without the SHELL line', () => {
    write('tracks.yaml', '- id: village\n  title: 法律明白人\n');
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    writeOfflinePacks(dir, path.join(dir, 'tracks.yaml'));
    const first = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    write('sw.js', sw);
    write('offline/index.html', page('<h1>当前没有网络（新）</h1>', '/_astro/offline.js'));
    writeOfflinePacks(dir, path.join(dir, 'tracks.yaml'));
    expect(readFileSync(path.join(dir, 'sw.js'), 'utf8')).not.toBe(first);
    write('sw.js', '// nothing here');
    expect(() => writeOfflinePacks(dir, path.join(dir, 'tracks.yaml'))).toThrow(/SHELL/);
  });
});
