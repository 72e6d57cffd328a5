/** CSRF decisions for cookie-authenticated state changes (cms/security/csrf.ts). */
import { describe, expect, it } from 'vitest';
import { configuredOrigins, csrfRefusal, hasAuthCookie, isOwnOrigin } from '../../../cms/security/csrf';

const cookie = 'payload-token=abc.def.ghi; other=1';
const post = (headers: Record<string, string>, path = '/api/agencies', method = 'POST') => ({ method, path, headers: { host: 'pufa.local:3000', ...headers } });

describe('csrfRefusal', () => {
  it('refuses a same-site form: another port of the same host, cookie attached', () => {
    expect(csrfRefusal(post({ cookie, origin: 'http://pufa.local:8080', 'sec-fetch-site': 'same-site' }))).toMatch(/跨站请求伪造/);
    expect(csrfRefusal(post({ cookie, origin: 'http://pufa.local:8080' }))).toMatch(/来源与本站不符/);
  });

  it('refuses a cross-site Referer, Origin null, and a cookie with no source at all', () => {
    expect(csrfRefusal(post({ cookie, referer: 'http://evil.example/page' }))).toMatch(/来源与本站不符/);
    expect(csrfRefusal(post({ cookie, origin: 'null' }))).toMatch(/来源与本站不符/);
    expect(csrfRefusal(post({ cookie }))).toMatch(/缺少来源/);
  });

  it('lets same-origin requests through: Sec-Fetch-Site, Origin or Referer naming this host', () => {
    expect(csrfRefusal(post({ cookie, 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(csrfRefusal(post({ cookie, origin: 'http://pufa.local:3000' }))).toBeNull();
    expect(csrfRefusal(post({ cookie, origin: 'http://PUFA.local:3000' }))).toBeNull();
    expect(csrfRefusal(post({ cookie, referer: 'http://pufa.local:3000/admin/collections/agencies' }))).toBeNull();
  });

  it('compares default ports and accepts the configured server origin behind a proxy', () => {
    const req = { method: 'PATCH', path: '/api/reports/1', headers: { host: 'pufa.gov.cn', cookie, origin: 'https://pufa.gov.cn' } };
    expect(csrfRefusal(req)).toBeNull();
    const proxied = { ...req, headers: { ...req.headers, host: '127.0.0.1:3000' } };
    expect(csrfRefusal(proxied)).not.toBeNull();
    expect(csrfRefusal(proxied, ['https://pufa.gov.cn'])).toBeNull();
  });

  it('leaves safe methods, non-API paths, token-authenticated and cookie-less requests alone', () => {
    const evil = { cookie, origin: 'http://evil.example' };
    expect(csrfRefusal(post(evil, '/api/agencies', 'GET'))).toBeNull();
    expect(csrfRefusal(post(evil, '/api/agencies', 'OPTIONS'))).toBeNull();
    expect(csrfRefusal(post(evil, '/admin/login'))).toBeNull();
    expect(csrfRefusal(post(evil, '/apiary'))).toBeNull();
    expect(csrfRefusal(post({ ...evil, authorization: 'JWT x.y.z' }))).toBeNull();
    expect(csrfRefusal(post({ origin: 'http://evil.example' }))).toBeNull();
    expect(csrfRefusal(post({ cookie: 'payload-token=', origin: 'http://evil.example' }))).toBeNull();
  });
});

describe('helpers', () => {
  it('finds the auth cookie by exact name', () => {
    expect(hasAuthCookie('a=1; payload-token=x')).toBe(true);
    expect(hasAuthCookie('payload-token-old=x')).toBe(false);
    expect(hasAuthCookie(undefined)).toBe(false);
  });

  it('matches origins by host, never by prefix or scheme tricks', () => {
    expect(isOwnOrigin('http://pufa.local:3000.evil.example', 'pufa.local:3000', [])).toBe(false);
    expect(isOwnOrigin('javascript:alert(1)', 'pufa.local', [])).toBe(false);
    expect(isOwnOrigin('not a url', 'pufa.local', [])).toBe(false);
  });

  it('reads PUFA_SERVER_URL as the configured origin', () => {
    expect(configuredOrigins({ PUFA_SERVER_URL: 'https://pufa.gov.cn/some/path' })).toEqual(['https://pufa.gov.cn']);
    expect(configuredOrigins({ PUFA_SERVER_URL: '' })).toEqual([]);
    expect(configuredOrigins({ PUFA_SERVER_URL: 'not a url' })).toEqual([]);
  });
});
