/**
 * A second web server on another port of the same host: a page of the same site but another
 * origin, as an attacker's page on a shared intranet host would be (SameSite=Lax cookies of the
 * Pufa server are still sent from it).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtherOrigin {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML) from a new port on 127.0.0.1. */
export async function otherOrigin(pages: Record<string, string>): Promise<OtherOrigin> {
  const server: Server = createServer((req, res) => {
    const html = pages[(req.url ?? '/').split('?')[0]!];
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Logs a staff member in over the API (no cookie yet, so no CSRF check) and returns the JWT. */
export async function staffToken(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`登录失败：${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
