/**
 * One process, one port: the static site from `dist/` at `/`, and Next.js (Payload admin and
 * API) at `/admin`, `/api` and Next's own asset paths.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import next from 'next';
import sirv from 'sirv';
import { CLIENT_ADDRESS_HEADER } from '../security/client-address';
import { CMS_DIR, ROOT_DIR } from '../paths';

export interface ServeOptions {
  port: number;
  host?: string;
  /** Next dev mode: no `next build` needed, slower first admin load. */
  dev?: boolean;
  siteDir?: string;
}

const NEXT_PREFIXES = ['/admin', '/api', '/_next', '/__nextjs'];

/** True for paths the CMS answers; everything else is the static site. */
export const isCmsPath = (url: string): boolean =>
  NEXT_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));

export async function startServer({ port, host = '0.0.0.0', dev = false, siteDir }: ServeOptions): Promise<Server> {
  const app = next({ dev, dir: CMS_DIR, hostname: host, port });
  await app.prepare();
  const handleCms = app.getRequestHandler();
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
  const server = createServer((req, res) => {
    // Rate limits key on the address the socket saw; a client cannot choose it with a header.
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
    if (isCmsPath(req.url ?? '/')) void handleCms(req, res);
    else site(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
