/**
 * Cross-site request forgery check for cookie-authenticated state changes on /api/**.
 *
 * A browser attaches the Payload auth cookie to a form posted from another page of the same
 * site (another port or subdomain: SameSite=Lax does not stop that), so a state-changing request
 * that carries the cookie must show it comes from this origin: `Sec-Fetch-Site: same-origin`, or
 * an `Origin` (else `Referer`) whose host is the Host the request was sent to, or one of the
 * configured origins. Requests with an `Authorization` header are not forgeable by a page (no
 * form can set it, and cross-origin fetches with it are refused by CORS); they pass.
 *
 * Payload's own `csrf` list (payload.config.ts) is built from the same configured origins. In
 * Payload 3.90 that list only decides whether the cookie is read at all: with an empty list any
 * Origin is accepted; with entries, a foreign Origin makes the request anonymous, and a request
 * without Origin is accepted when `Sec-Fetch-Site` is same-origin, same-site or none — so it lets
 * same-site forms through, which this check refuses with 403.
 */

/** The Payload auth cookie (cookiePrefix `payload`, shared by staff and learners). */
export const AUTH_COOKIE = 'payload-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request facts the check needs; header names lower-case as node:http gives them. */
export interface CsrfRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Origins the server is reached at besides its Host header (e.g. behind a proxy that rewrites Host). */
export function configuredOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const url = env.PUFA_SERVER_URL;
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

const header = (headers: CsrfRequest['headers'], name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** True when the Cookie header holds a non-empty Payload auth token. */
export function hasAuthCookie(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').some((part) => {
    const [name, ...rest] = part.trim().split('=');
    return name === AUTH_COOKIE && rest.join('=').trim() !== '';
  });
}

/** `host[:port]` in lower case, default ports dropped, so `Host` and URL hosts compare equal. */
const normalHost = (host: string, protocol = 'http:'): string => {
  const lower = host.trim().toLowerCase();
  const defaultPort = protocol === 'https:' ? ':443' : ':80';
  return lower.endsWith(defaultPort) ? lower.slice(0, -defaultPort.length) : lower;
};

/** True when `url` (an Origin or Referer value) is this server: same host as `Host`, or a configured origin. */
export function isOwnOrigin(url: string, host: string | undefined, trusted: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // includes Origin: null (sandboxed frames, file: pages)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (trusted.includes(parsed.origin)) return true;
  return !!host && normalHost(parsed.host, parsed.protocol) === normalHost(host, parsed.protocol);
}

/**
 * `null` when the request may proceed; otherwise the Chinese reason to refuse it with 403.
 * Only non-GET/HEAD/OPTIONS requests to /api/** that carry the auth cookie and no
 * Authorization header are checked.
 */
export function csrfRefusal(req: CsrfRequest, trusted: readonly string[] = []): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  if (req.path !== '/api' && !req.path.startsWith('/api/')) return null;
  if (header(req.headers, 'authorization')) return null;
  if (!hasAuthCookie(header(req.headers, 'cookie'))) return null;

  const fetchSite = header(req.headers, 'sec-fetch-site');
  if (fetchSite === 'same-origin') return null;
  if (fetchSite && fetchSite !== 'none') return '请求来自其他网站，已拒绝（跨站请求伪造防护）。请在本站页面中操作。';

  const host = header(req.headers, 'host');
  const origin = header(req.headers, 'origin');
  if (origin) return isOwnOrigin(origin, host, trusted) ? null : '请求来源与本站不符，已拒绝（跨站请求伪造防护）。';
  const referer = header(req.headers, 'referer');
  if (referer) return isOwnOrigin(referer, host, trusted) ? null : '请求来源与本站不符，已拒绝（跨站请求伪造防护）。';
  return '请求缺少来源信息，已拒绝（跨站请求伪造防护）。用登录凭据调用接口时请使用 Authorization 请求头。';
}
