/*
 * Pufa's service worker, hand-written (no Workbox: three routes and two caches measure smaller
 * and simpler). Precaches only the shell: the offline page and the icons (the build replaces the
 * SHELL line with the list and its version, see site/integrations/offline-packs.ts). Track packs
 * are downloaded by the page on request (site/components/offline/packs.ts) into their own cache;
 * this worker only reads them. Pages: network first (a slow network gives up after NETWORK_WAIT_MS
 * when a copy is stored), else the stored copy, else the offline page. Hashed /_astro/ files:
 * cache first. The API and the admin are never touched. A new worker waits until the page asks
 * it to take over (the update prompt), so nothing reloads in the middle of a quiz.
 */
/* global self, caches, fetch, Request, Response, setTimeout */
const SHELL = { version: 'dev', urls: ['/offline/'] };
const SHELL_CACHE = `pufa-shell-${SHELL.version}`;
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL.urls.map((u) => new Request(u, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pufa-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** A stored copy from the shell or a pack; a page asked without its trailing slash finds it too. */
async function stored(request) {
  const url = new URL(request.url);
  const hit = await caches.match(url.pathname, { ignoreSearch: true });
  if (hit || url.pathname.endsWith('/') || /\.\w+$/.test(url.pathname)) return hit;
  return caches.match(`${url.pathname}/`);
}

const timeout = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));

async function page(request) {
  const copy = await stored(request);
  const network = fetch(request);
  try {
    return await (copy ? Promise.race([network, timeout(NETWORK_WAIT_MS)]) : network);
  } catch {
    return copy || (await caches.match('/offline/')) || Response.error();
  }
}

async function cacheFirst(request) {
  return (await stored(request)) || fetch(request);
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch {
    return (await stored(request)) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || /^\/(api|admin)(\/|$)/.test(url.pathname) || url.pathname === '/sw.js') return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});
