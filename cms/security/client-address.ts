import type { PayloadRequest } from 'payload';

/**
 * Header the project's HTTP server (cms/server/serve.ts) sets on every request from the socket's
 * remote address, replacing whatever a client sent under that name, so it can be trusted.
 */
export const CLIENT_ADDRESS_HEADER = 'x-pufa-client-address';

/** The caller's network address as the server saw it; 'local' for Local API calls and tests. */
export const clientAddress = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers?.get(CLIENT_ADDRESS_HEADER) || 'local';

/**
 * The address to key rate limits on. Behind a reverse proxy every socket comes from the proxy,
 * and one address for the whole city would make the per-address limits refuse everyone; so when
 * the socket's address is a trusted proxy (PUFA_TRUSTED_PROXIES, comma-separated), the client is
 * the right-most X-Forwarded-For entry that is not itself a trusted proxy. Entries further left
 * are written by the client and are never believed.
 */
export function addressBehindProxies(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: readonly string[]): string {
  const socket = socketAddress ?? 'unknown';
  if (!trusted.includes(socket) || !forwardedFor) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) if (!trusted.includes(hops[i]!)) return hops[i]!;
  return socket;
}

/** PUFA_TRUSTED_PROXIES as a list (empty when unset: no proxy is trusted). */
export const trustedProxies = (env: Record<string, string | undefined> = process.env): string[] =>
  (env.PUFA_TRUSTED_PROXIES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
