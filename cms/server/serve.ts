/**
 * One process, one port: the static site from `dist/` at `/`, Next.js (Payload admin and API) at
 * `/admin`, `/api` and Next's own asset paths, and the admin's Monaco editor at `/vendor/monaco/`.
 * Security headers and the CSRF check are applied here, for every response, in one place.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import next from 'next';
import sirv from 'sirv';
import { addressBehindProxies, CLIENT_ADDRESS_HEADER, trustedProxies } from '../security/client-address';
import { configuredOrigins, csrfRefusal } from '../security/csrf';
import { newNonce, securityHeaders, type Surface } from '../security/headers';
import { CMS_DIR, ROOT_DIR } from '../paths';

export interface ServeOptions {
  port: number;
  host?: string;
  /** Next dev mode: no `next build` needed, slower first admin load. */
  dev?: boolean;
  siteDir?: string;
}

const NEXT_PREFIXES = ['/admin', '/api', '/_next', '/__nextjs'];
/** Monaco's AMD build; cms/next.config.mjs points the admin's editor loader here. */
export const MONACO_PREFIX = '/vendor/monaco';

const hasPrefix = (url: string, p: string) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`);

/** True for paths the CMS answers; everything else is the static site. */
export const isCmsPath = (url: string): boolean => NEXT_PREFIXES.some((p) => hasPrefix(url, p));

/** Which header policy a path gets: admin pages (nonce for Next's inline scripts), API and assets, or the site. */
export function surfaceOf(url: string): Surface {
  if (hasPrefix(url, '/admin') || hasPrefix(url, MONACO_PREFIX)) return 'admin';
  if (isCmsPath(url)) return 'api';
  return 'site';
}

/** Sets the security headers; for admin pages also hands Next the nonce through the request's CSP header. */
function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, url: string, dev: boolean): void {
  const surface = surfaceOf(url);
  const nonce = hasPrefix(url, '/admin') ? newNonce() : undefined;
  const headers = securityHeaders(surface, { nonce, dev });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // Next reads the nonce from the request (the client's own header of that name is replaced).
  if (nonce) req.headers['content-security-policy'] = headers['Content-Security-Policy'];
  else delete req.headers['content-security-policy'];
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message }] }));
}

export async function startServer({ port, host = '0.0.0.0', dev = false, siteDir }: ServeOptions): Promise<Server> {
  const app = next({ dev, dir: CMS_DIR, hostname: host, port });
  await app.prepare();
  const handleCms = app.getRequestHandler();
  const trustedOrigins = configuredOrigins();
  const site = sirv(siteDir ?? path.join(ROOT_DIR, 'dist'), {
    // Look files up per request: a site rebuilt after publishing is served without a restart.
    dev: true,
    etag: true,
    gzip: false,
    setHeaders: (res, pathname) => {
      // Hashed Astro assets never change; pages and the search index may change on each build.
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
    onNoMatch: (_req, res) => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><meta charset="utf-8"><title>未找到</title><p>页面不存在。<a href="/">返回首页</a></p>');
    },
  });
  const monaco = sirv(path.join(ROOT_DIR, 'node_modules', 'monaco-editor', 'min'), {
    etag: true,
    setHeaders: (res) => res.setHeader('Cache-Control', 'public, max-age=86400'),
  });
  const proxies = trustedProxies();
  const server = createServer((req, res) => {
    // Rate limits key on the address the socket saw; a client cannot choose it with a header.
    req.headers[CLIENT_ADDRESS_HEADER] = addressBehindProxies(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies);
    const url = req.url ?? '/';
    applySecurityHeaders(req, res, url, dev);
    const refusal = csrfRefusal({ method: req.method ?? 'GET', path: url.split('?')[0]!, headers: req.headers }, trustedOrigins);
    if (refusal) return refuse(res, 403, refusal);
    if (hasPrefix(url, MONACO_PREFIX)) {
      req.url = url.slice(MONACO_PREFIX.length) || '/';
      return monaco(req, res, () => refuse(res, 404, '文件不存在。'));
    }
    if (isCmsPath(url)) void handleCms(req, res);
    else site(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
