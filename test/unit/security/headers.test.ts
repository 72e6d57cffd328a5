/** Security headers per surface (cms/security/headers.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, PRINT_HANDLER_HASH, securityHeaders } from '../../../cms/security/headers';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('content security policy', () => {
  it('the site runs only its own scripts and the report’s print() handler, and is never framed', () => {
    const csp = directives(contentSecurityPolicy('site'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-hashes'", PRINT_HANDLER_HASH]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(PRINT_HANDLER_HASH).toBe(`'sha256-${createHash('sha256').update('print()').digest('base64')}'`);
  });

  it('the admin allows Next’s inline scripts by this response’s nonce only, never unsafe-inline scripts', () => {
    const nonce = newNonce();
    const csp = directives(contentSecurityPolicy('admin', { nonce }));
    expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(newNonce()).not.toBe(nonce);
    expect(contentSecurityPolicy('admin', { nonce, dev: true })).toContain("'unsafe-eval'");
  });

  it('no policy names a third-party origin', () => {
    for (const surface of ['site', 'admin', 'api'] as const) {
      expect(contentSecurityPolicy(surface, { nonce: 'n' })).not.toMatch(/https?:|\*/);
    }
  });

  it('API responses run nothing', () => {
    const csp = directives(contentSecurityPolicy('api'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.has('script-src')).toBe(false);
  });

  it('every surface gets nosniff, the referrer policy and X-Frame-Options', () => {
    for (const surface of ['site', 'admin', 'api'] as const) {
      expect(securityHeaders(surface)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'DENY',
      });
    }
  });
});
