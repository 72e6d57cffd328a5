/**
 * Offline packs in the browser (下载本路径): download a track's pack into the Cache API, update it
 * when its version changes (fetching only the files whose hash changed), remove it. Files shared
 * by several packs (a law page cited by two tracks) are stored once. The service worker
 * (site/public/sw.js) serves what is stored here when the network is gone.
 * `localStorage['pufa:packs']` ({ track: version }) lets every page know cheaply that packs exist.
 */
import type { PackManifest } from '../../../core/offline/pack';

export const PACK_CACHE = 'pufa-packs';
export const MANIFEST_CACHE = 'pufa-pack-manifests';
const KEY = 'pufa:packs';
const CHECKED_KEY = 'pufa:packs-checked';
/** Pages check downloaded packs for a new version at most this often. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;
const PARALLEL = 4;

export const manifestUrl = (track: string) => `/offline-packs/${encodeURIComponent(track)}.json`;
export const offlineSupported = () => 'caches' in window && 'serviceWorker' in navigator;

/** Downloaded packs and their versions, as this device remembers them. */
export function downloadedPacks(): Record<string, string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function remember(track: string, version: string | null): void {
  const packs = downloadedPacks();
  if (version) packs[track] = version;
  else delete packs[track];
  try {
    localStorage.setItem(KEY, JSON.stringify(packs));
  } catch {
    // Full storage: the pack is still in the cache; pages just will not check it for updates.
  }
}

/** The stored manifest of a downloaded pack, or undefined. */
export async function storedManifest(track: string): Promise<PackManifest | undefined> {
  const res = await (await caches.open(MANIFEST_CACHE)).match(manifestUrl(track));
  return res ? ((await res.json()) as PackManifest) : undefined;
}

/** Every stored manifest (all downloaded packs). */
async function storedManifests(): Promise<PackManifest[]> {
  const cache = await caches.open(MANIFEST_CACHE);
  return Promise.all((await cache.keys()).map(async (req) => (await (await cache.match(req))!.json()) as PackManifest));
}

/** The current manifest from the server (throws a Chinese message when offline or missing). */
export async function fetchManifest(track: string): Promise<PackManifest> {
  let res: Response;
  try {
    res = await fetch(manifestUrl(track), { cache: 'no-cache' });
  } catch {
    throw new Error('网络连接失败，请联网后再下载。');
  }
  if (!res.ok) throw new Error(`离线包不存在（${res.status}）。`);
  return (await res.json()) as PackManifest;
}

export interface DownloadResult {
  manifest: PackManifest;
  /** Files fetched now (the rest were already stored with the same hash). */
  fetched: number;
  fetchedBytes: number;
}

/**
 * Downloads (or updates) a track's pack. Only files missing or changed since the stored
 * manifests are fetched; the manifest is stored last, so a failed download leaves the old pack.
 */
export async function downloadPack(track: string, onProgress: (done: number, total: number) => void = () => {}): Promise<DownloadResult> {
  const manifest = await fetchManifest(track);
  const cache = await caches.open(PACK_CACHE);
  const known = new Map<string, string>();
  for (const m of await storedManifests()) for (const f of m.files) known.set(f.url, f.hash);
  const todo: PackManifest['files'] = [];
  for (const f of manifest.files) if (known.get(f.url) !== f.hash || !(await cache.match(f.url))) todo.push(f);
  let done = 0;
  let fetchedBytes = 0;
  onProgress(0, todo.length);
  const queue = [...todo];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      let res: Response;
      try {
        res = await fetch(f.url, { cache: 'no-cache' });
      } catch {
        throw new Error('下载中断：网络连接失败，请联网后重试。');
      }
      if (!res.ok) throw new Error(`下载失败：${decodeURI(f.url)}（${res.status}）`);
      await cache.put(f.url, res);
      fetchedBytes += f.bytes;
      onProgress(++done, todo.length);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  await (await caches.open(MANIFEST_CACHE)).put(manifestUrl(track), new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
  remember(track, manifest.version);
  await prune();
  return { manifest, fetched: todo.length, fetchedBytes };
}

/** Deletes stored files no stored manifest lists any more. */
async function prune(): Promise<void> {
  const keep = new Set((await storedManifests()).flatMap((m) => m.files.map((f) => f.url)));
  const cache = await caches.open(PACK_CACHE);
  for (const req of await cache.keys()) if (!keep.has(new URL(req.url).pathname)) await cache.delete(req);
}

/** Removes a track's pack (files still used by another pack stay). */
export async function removePack(track: string): Promise<void> {
  await (await caches.open(MANIFEST_CACHE)).delete(manifestUrl(track));
  remember(track, null);
  await prune();
}

/**
 * Brings every downloaded pack to the server's current version (at most once per
 * UPDATE_CHECK_MS unless `force`); returns the tracks updated. Offline, it does nothing.
 */
export async function updatePacks({ force = false } = {}): Promise<string[]> {
  const packs = downloadedPacks();
  if (!Object.keys(packs).length || !navigator.onLine) return [];
  const last = Number(localStorage.getItem(CHECKED_KEY) ?? 0);
  if (!force && Date.now() - last < UPDATE_CHECK_MS) return [];
  localStorage.setItem(CHECKED_KEY, String(Date.now()));
  const updated: string[] = [];
  for (const [track, version] of Object.entries(packs)) {
    const current = await fetchManifest(track).catch(() => null);
    if (current && current.version !== version) {
      await downloadPack(track);
      updated.push(track);
    }
  }
  return updated;
}

/** Storage this site uses and may use (bytes), or null where the browser cannot say. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota };
}

/** Asks the browser to keep this site's storage under pressure; true when granted. */
export async function persistStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted?.()) || navigator.storage.persist();
}

/** 1.2 MB / 340 KB, for people. */
export const formatBytes = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
