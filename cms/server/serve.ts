/**
 * One process, one port: the static site from `dist/` at `/`, Next.js (Payload admin and API) at
 * `/admin`, `/api` and Next's own asset paths, and the admin's Monaco editor at `/vendor/monaco/`.
 * Security headers and the CSRF check are applied here, for every response, in one place.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import next from 'next';
import sirv from 'sirv';
import { addressBehindProxies, CLIENT_ADDRESS_HEADER, trustedProxies } from '../security/client-address';
import { configuredOrigins, csrfRefusal } from '../security/csrf';
import { newNonce, securityHeaders, type Surface } from '../security/headers';
import { CMS_DIR, ROOT_DIR } from '../paths';
import { publishingEnabled, startPublishLoop } from '../publish/controller';
import { compressLater } from './compress-later';
import { LIVE_PATH } from '../../core/live/protocol';
import { LiveHub, type LiveServices } from '../live/hub';
import { liveServices } from '../live/services';

/** Installed Monaco version: names its compressed cache, so an upgrade never serves stale variants. */
const monacoVersion = (): string =>
  (JSON.parse(readFileSync(path.join(ROOT_DIR, 'node_modules', 'monaco-editor', 'package.json'), 'utf8')) as { version: string }).version;

export interface ServeOptions {
  port: number;
  host?: string;
  /** Next dev mode: no `next build` needed, slower first admin load. */
  dev?: boolean;
  siteDir?: string;
  /** Rebuild and switch the site when public records change (default: unless PUFA_PUBLISH=off). */
  publish?: boolean;
  /** The live class quiz's services at /live (defaults: cms/live/services.ts, store from PUFA_LIVE_REDIS_URL). */
  live?: Partial<LiveServices>;
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

export async function startServer({ port, host = '0.0.0.0', dev = false, siteDir, publish = publishingEnabled(), live }: ServeOptions): Promise<Server> {
  // Next would add its own 'upgrade' listener to the first request's server; it gets a stand-in,
  // and the server below hands it every upgrade except /live.
  const nextUpgrades = new EventEmitter() as unknown as Server;
  const app = next({ dev, dir: CMS_DIR, hostname: host, port, httpServer: nextUpgrades });
  await app.prepare();
  const handleCms = app.getRequestHandler();
  const trustedOrigins = configuredOrigins();
  const siteFrom = (dir: string) => sirv(dir, {
    // Look files up per request: a site rebuilt after publishing is served without a restart.
    dev: true,
    etag: true,
    // The build writes `.br` and `.gz` beside each file (cms/publish/compress.ts); sirv picks by Accept-Encoding.
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => {
      // Hashed Astro assets never change; pages and the search index may change on each build.
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
      // sirv's type table has no .ico and no Office types (the 履职报告 .docx beside each report page).
      if (pathname.endsWith('.ico')) res.setHeader('Content-Type', 'image/x-icon');
      if (pathname.endsWith('.docx')) res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    },
    onNoMatch: (_req, res) => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><meta charset="utf-8"><title>未找到</title><p>页面不存在。<a href="/">返回首页</a></p>');
    },
  });
  // The publish loop swaps in each new build at once; requests already running finish on the old one.
  let site = siteFrom(siteDir ?? path.join(ROOT_DIR, 'dist'));
  if (publish) startPublishLoop({ switchTo: (dir) => (site = siteFrom(dir)) });
  const monacoDir = path.join(ROOT_DIR, 'node_modules', 'monaco-editor', 'min');
  const monacoCache = path.join(ROOT_DIR, 'node_modules', '.cache', `pufa-monaco-${monacoVersion()}`);
  const monacoHeaders = { etag: true, setHeaders: (res: ServerResponse) => res.setHeader('Cache-Control', 'public, max-age=86400') };
  const monaco = sirv(monacoDir, monacoHeaders);
  // Variants made on first request; until then (and for identity-only clients) the plain file.
  const monacoCompressed = sirv(monacoCache, { ...monacoHeaders, dev: true, brotli: true, gzip: true });
  const compressMonaco = compressLater(monacoDir, monacoCache, (error) => console.error('Monaco 预压缩失败：', error));
  const proxies = trustedProxies();
  const server = createServer((req, res) => {
    // Rate limits key on the address the socket saw; a client cannot choose it with a header.
    req.headers[CLIENT_ADDRESS_HEADER] = addressBehindProxies(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies);
    const url = req.url ?? '/';
    applySecurityHeaders(req, res, url, dev);
    const refusal = csrfRefusal({ method: req.method ?? 'GET', path: url.split('?')[0]!, headers: req.headers }, trustedOrigins);
    if (refusal) return refuse(res, 403, refusal);
    // A byte range is asked of the plain file (resumed downloads), never of a compressed variant.
    if (req.headers.range) delete req.headers['accept-encoding'];
    if (hasPrefix(url, MONACO_PREFIX)) {
      req.url = url.slice(MONACO_PREFIX.length) || '/';
      return monacoCompressed(req, res, () => {
        compressMonaco(req.url!);
        res.setHeader('Vary', 'Accept-Encoding');
        monaco(req, res, () => refuse(res, 404, '文件不存在。'));
      });
    }
    if (isCmsPath(url)) void handleCms(req, res);
    else site(req, res);
  });
  const liveHub = new LiveHub(liveServices(live));
  const handleNextUpgrade = app.getUpgradeHandler();
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    if ((req.url ?? '').split('?')[0] === LIVE_PATH) liveHub.handleUpgrade(req, socket, head);
    else void handleNextUpgrade(req, socket, head);
  });
  server.on('close', () => void liveHub.close());
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
