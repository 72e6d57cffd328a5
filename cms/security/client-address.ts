import type { PayloadRequest } from 'payload';

/**
 * Header the project's HTTP server (cms/server/serve.ts) sets on every request from the socket's
 * remote address, replacing whatever a client sent under that name, so it can be trusted.
 */
export const CLIENT_ADDRESS_HEADER = 'x-pufa-client-address';

/** The caller's network address as the server saw it; 'local' for Local API calls and tests. */
export const clientAddress = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers?.get(CLIENT_ADDRESS_HEADER) || 'local';
