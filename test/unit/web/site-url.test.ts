import { describe, expect, it } from 'vitest';
import { toOpenBadgeCredential } from '../../../core/learning/certificate';
import { absoluteUrl, siteBase } from '../../../core/site-url';
import { publicPaths } from '../../../site/integrations/sitemap';

describe('one public origin', () => {
  it('defaults to localhost on the server port, never the bind address', () => {
    expect(siteBase(undefined, 3160)).toBe('http://localhost:3160');
    expect(siteBase('', undefined)).toBe('http://localhost:3000');
  });

  it('keeps a configured origin (and sub-path) without trailing slashes, query or fragment', () => {
    expect(siteBase('https://pufa.example.gov.cn/')).toBe('https://pufa.example.gov.cn');
    expect(siteBase('https://city.example/pufa//?x=1#top')).toBe('https://city.example/pufa');
  });

  it('refuses a base that is not http(s) or not a URL', () => {
    expect(() => siteBase('ftp://pufa.example')).toThrow(/PUFA_SITE_URL/);
    expect(() => siteBase('pufa.example')).toThrow();
  });

  it('joins paths with exactly one slash', () => {
    expect(absoluteUrl('https://pufa.example/', '/verify/?code=')).toBe('https://pufa.example/verify/?code=');
    expect(absoluteUrl('https://pufa.example', 'feed.xml')).toBe('https://pufa.example/feed.xml');
    expect(absoluteUrl('https://city.example/pufa', '/')).toBe('https://city.example/pufa/');
  });

  it('gives an Open Badge id with no stray slash after ?code=', () => {
    const badge = toOpenBadgeCredential({
      certificate: { certificateId: 'c', learnerId: '1', learnerName: '王建国', audience: 'officials', year: 2026, examPercent: 90, hours: 40, issuedAt: '2026-11-30T00:00:00.000Z' },
      code: 'PF26-ABCD-EFGH',
      issuer: { id: 'https://pufa.example/', name: '普法办' },
      achievement: { id: 'https://pufa.example/certificate/achievement/officials/?year=2026', name: 'n', description: 'd', criteria: 'c' },
      verifyBase: absoluteUrl('https://pufa.example', '/verify/?code='),
    });
    expect(badge.id).toBe('https://pufa.example/verify/?code=PF26-ABCD-EFGH');
  });
});

describe('sitemap paths', () => {
  it('lists pages, not private learner pages, endpoint files or the 404 page', () => {
    expect(publicPaths(['', 'lessons/', 'me/', 'account/', 'exam/', 'certificate/', 'certificate/achievement/officials/', 'feed.xml', '404', 'lessons/'])).toEqual([
      '/',
      '/certificate/achievement/officials/',
      '/lessons/',
    ]);
  });
});
