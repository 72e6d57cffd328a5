/**
 * Security headers for every response of the one HTTP server (cms/server/serve.ts): the static
 * site, the Payload admin and the API. Pure functions, so the policy is unit-tested.
 *
 * Measured against the built site and admin:
 * - the site's pages load only their own `/_astro/*.js` modules; Astro inlines each page's CSS
 *   in a `<style>` element and the pages carry `style=""` attributes, so styles need
 *   'unsafe-inline'; the one inline handler is the report's `onclick="print()"`, allowed by hash;
 * - the admin is Next.js, which writes its RSC payload as inline `<script>`s: a fresh nonce per
 *   request (Next reads it from the request's CSP header) covers them, no 'unsafe-inline' for
 *   scripts; React and Monaco set style attributes and `<style>` elements, so styles need
 *   'unsafe-inline'; Monaco runs its workers from this origin; uploads are previewed as blob: URLs.
 */
import { randomBytes } from 'node:crypto';

/** Which part of the server answers: static pages, the admin (Next pages), or API/asset responses. */
export type Surface = 'site' | 'admin' | 'api';

/** `onclick="print()"` on the annual report page (site/pages/reports/[agency]/[year].astro). */
export const PRINT_HANDLER_HASH = "'sha256-Ul1RMxNBbPGH9E+ofhdT7m0RVSwiCXU33cMrTtNPpo8='";

/** A fresh base64 nonce for one admin response. */
export const newNonce = (): string => randomBytes(18).toString('base64');

/** The Content-Security-Policy for one response. `dev` adds what Next's dev server needs (eval, HMR socket). */
export function contentSecurityPolicy(surface: Surface, { nonce, dev = false }: { nonce?: string; dev?: boolean } = {}): string {
  if (surface === 'api') {
    // JSON, files and uploads: nothing in them may run, and none may be framed.
    return "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  }
  const scripts = surface === 'site' ? ["'self'", "'unsafe-hashes'", PRINT_HANDLER_HASH] : ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : [])];
  if (dev) scripts.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${surface === 'admin' ? ' blob:' : ''}`,
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `media-src 'self'${surface === 'admin' ? ' blob:' : ''}`,
    `worker-src 'self'${surface === 'admin' ? ' blob:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** Every security header for one response, CSP included. */
export function securityHeaders(surface: Surface, options: { nonce?: string; dev?: boolean } = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(surface, options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Legacy browsers without frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}
