/**
 * The bridge between the publish loop (started by the server process, cms/server/serve.ts) and
 * the code Next.js bundles (collection hooks, endpoints): two copies of a module do not share
 * variables, so both sides meet on one globalThis key. Without a loop (seeding, tests, scripts,
 * PUFA_PUBLISH=off) every call here is a no-op.
 */
import type { Payload } from 'payload';
import type { PublishLoop } from '../../core/publish/loop';

interface PublishRegistry {
  loop?: PublishLoop;
  /** The server's Payload instance, once Next has initialised it (build records are written with it). */
  payload?: Payload;
  onPayload: ((payload: Payload) => void)[];
}

const KEY = Symbol.for('pufa.publish-loop');

/** The process-wide registry. */
export function publishRegistry(): PublishRegistry {
  const g = globalThis as { [KEY]?: PublishRegistry };
  return (g[KEY] ??= { onPayload: [] });
}

/** Remembers the server's Payload instance (first caller wins) and wakes whoever waits for it. */
export function attachPayload(payload: Payload): void {
  const r = publishRegistry();
  if (r.payload) return;
  r.payload = payload;
  for (const fn of r.onPayload.splice(0)) fn(payload);
}

/** Resolves with the server's Payload instance once it exists. */
export function serverPayload(): Promise<Payload> {
  const r = publishRegistry();
  return r.payload ? Promise.resolve(r.payload) : new Promise((resolve) => r.onPayload.push(resolve));
}

/** The server's Payload instance: Next creates it on the first API request, so make one. */
export async function wakeServerPayload(port: number | undefined): Promise<Payload> {
  const ready = serverPayload();
  if (port) await fetch(`http://127.0.0.1:${port}/api/users/me`).catch(() => undefined);
  return ready;
}
