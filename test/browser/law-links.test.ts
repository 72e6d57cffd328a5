/**
 * Every link into the law library in the built site lands on an existing page and, for an
 * article link (#art-N), on that article: on the page itself, or — for a law split into pages —
 * on the page its contents page forwards the anchor to.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageUrlFor, type PageRange } from '../../core/law/law-pages';

const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const htmlCache = new Map<string, string | null>();

/** The built HTML of a site path like /laws/民法典/p/2/, or null when there is none. */
function htmlAt(urlPath: string): string | null {
  if (!htmlCache.has(urlPath)) {
    const file = path.join(siteDir, decodeURIComponent(urlPath), 'index.html');
    htmlCache.set(urlPath, existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  return htmlCache.get(urlPath)!;
}

const hasId = (html: string, id: string) => html.includes(`id="${id}"`);
const unescape = (s: string) => s.replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, '&');

/** Where an article link ends: the page path that holds the anchor, or a reason it does not. */
function resolve(urlPath: string, anchor: string): { ok: true; page: string } | { ok: false; why: string } {
  const html = htmlAt(urlPath);
  if (html === null) return { ok: false, why: '页面不存在' };
  if (hasId(html, anchor)) return { ok: true, page: urlPath };
  const ranges = /<pufa-law-anchor data-ranges="([^"]*)"/.exec(html);
  const m = /^art-(\d+)(?:-(\d+))?$/.exec(anchor);
  if (!ranges || !m) return { ok: false, why: '页面上没有该条' };
  const target = pageUrlFor(JSON.parse(unescape(ranges[1]!)) as PageRange[], Number(m[1]), Number(m[2] ?? 0));
  if (!target) return { ok: false, why: '目录页没有该条所在的分页' };
  const part = htmlAt(target);
  return part !== null && hasId(part, anchor) ? { ok: true, page: target } : { ok: false, why: `分页 ${target} 上没有该条` };
}

describe('links into the law library', () => {
  const links = new Map<string, string>();
  for (const file of pages) {
    for (const m of readFileSync(path.join(siteDir, file), 'utf8').matchAll(/href="(\/laws\/[^"#]*)(?:#([^"]*))?"/g)) {
      links.set(`${m[1]}#${m[2] ?? ''}`, file);
    }
  }

  it('finds citation links to check (lessons, quizzes and law pages link articles)', () => {
    const articleLinks = [...links.keys()].filter((l) => l.includes('#art-'));
    expect(articleLinks.length).toBeGreaterThan(50);
    // The split 民法典 is cited by lessons: its links go through the contents page.
    expect(articleLinks.some((l) => l.startsWith(`/laws/${encodeURIComponent('民法典')}/#art-`))).toBe(true);
  });

  it('every one resolves to an existing page and article anchor', () => {
    const broken: string[] = [];
    for (const [link, file] of links) {
      const [urlPath, anchor] = link.split('#') as [string, string];
      if (!anchor) {
        if (htmlAt(urlPath) === null) broken.push(`${file}: ${decodeURI(link)} 页面不存在`);
        continue;
      }
      const r = resolve(urlPath, anchor);
      if (!r.ok) broken.push(`${file}: ${decodeURI(link)} ${r.why}`);
    }
    expect(broken).toEqual([]);
  });

  it('a forwarded anchor lands on the part page holding the article (民法典 第一千零七十七条)', () => {
    const r = resolve(`/laws/${encodeURIComponent('民法典')}/`, 'art-1077');
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.page).toMatch(/\/p\/\d+\/$/);
  });
});
