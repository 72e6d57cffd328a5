import { describe, expect, it } from 'vitest';
import { atomFeed, newestEntries, sitemapXml, xmlEscape } from '../../../core/web/xml-feeds';
import { icoFromPngs } from '../../../core/web/ico';
import { compressionPays, isCompressible } from '../../../core/web/compressible';

describe('sitemap and feed XML', () => {
  it('escapes markup in text and URLs', () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(sitemapXml(['https://p.example/?a=1&b=2'])).toContain('<loc>https://p.example/?a=1&amp;b=2</loc>');
  });

  it('keeps the newest entries first, dates read as China time', () => {
    const entries = [
      { kind: '课程', title: '旧', url: 'https://p.example/a/', updated: '2026-01-01' },
      { kind: '活动', title: '新', url: 'https://p.example/b/', updated: '2026-11-30T10:00:00+08:00' },
      { kind: '媒体', title: '中', url: 'https://p.example/c/', updated: '2026-06-01' },
    ];
    expect(newestEntries(entries, 2).map((e) => e.title)).toEqual(['新', '中']);
    const xml = atomFeed({ title: '普法', homeUrl: 'https://p.example/', selfUrl: 'https://p.example/feed.xml', entries: newestEntries(entries) });
    expect(xml).toContain('<updated>2026-11-30T02:00:00.000Z</updated>');
    expect(xml).toContain('<updated>2025-12-31T16:00:00.000Z</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
  });
});

describe('static file compression rules', () => {
  it('compresses text formats only', () => {
    expect(['a.html', 'b.JS', 'c.css', 'manifest.json', 'feed.xml', 'favicon.svg', 'x.webmanifest'].every(isCompressible)).toBe(true);
    expect(['a.png', 'b.webp', 'shard.bin', 'a.html.br', 'a.js.gz', 'v.mp4'].some(isCompressible)).toBe(false);
  });

  it('keeps a variant only when it saves enough', () => {
    expect(compressionPays(10_000, 2_000)).toBe(true);
    expect(compressionPays(10_000, 9_500)).toBe(false);
    expect(compressionPays(200, 50)).toBe(false);
  });

  it('writes an .ico directory that points at each PNG', () => {
    const ico = icoFromPngs([{ size: 16, data: new Uint8Array([1, 2, 3]) }, { size: 256, data: new Uint8Array([4, 5]) }]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect(ico[6]).toBe(16);
    expect(ico[22]).toBe(0); // 256 is written as 0
    expect(view.getUint32(6 + 12, true)).toBe(38);
    expect([...ico.slice(38)]).toEqual([1, 2, 3, 4, 5]);
  });
});
