// Homecoming's service worker, written by `homecoming seal` (crates/build/src/offline.rs) with
// the files of this build. It keeps the app shell of this version, and the pages, data files
// and images the reader has used, so the site works with no network; it never serves one
// version's app with another version's data (each version has its own caches, and a new
// version waits until the page reloads into it).
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const SHELL = __SHELL__;
const SHELL_CACHE = `homecoming-shell-${VERSION}`;
const USED_CACHE = `homecoming-used-${VERSION}`;
// A dead network never holds a page up longer than this; the cached copy is served instead.
const NETWORK_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL_CACHE);
    await cache.addAll(SHELL.map((f) => BASE + f));
    // The first version takes over at once; a later one waits for the page to say so.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('homecoming-') && !name.endsWith(VERSION)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'homecoming-update') self.skipWaiting();
});

function timeout(ms) {
  return new Promise((_, fail) => setTimeout(() => fail(new Error('timeout')), ms));
}

// The copy is kept while the worker stays alive for it (`waitUntil`): "Save for offline" waits
// until every file it asked for is in the cache.
async function fromNetwork(event, keep) {
  const request = event.request;
  const response = await Promise.race([fetch(request), timeout(NETWORK_MS)]);
  if (keep && response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(USED_CACHE).then((c) => c.put(request, copy)));
  }
  return response;
}

async function cached(request) {
  return (await caches.match(request, { cacheName: SHELL_CACHE }))
    || caches.match(request, { cacheName: USED_CACHE });
}

async function page(event) {
  const request = event.request;
  try {
    return await fromNetwork(event, true);
  } catch (e) {
    const url = new URL(request.url);
    const here = await cached(request)
      || await caches.match(url.origin + url.pathname, { ignoreSearch: true })
      || await caches.match(url.origin + url.pathname.replace(/\/?$/, '/'), { ignoreSearch: true });
    // Any other address: the app's shell, which routes it and reads what is cached.
    return here || (await caches.match(BASE + '404.html', { cacheName: SHELL_CACHE }))
      || new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } });
  }
}

async function used(event) {
  const request = event.request;
  // While a newer version waits, this one answers from what it has: its app reads its data.
  if (self.registration.waiting) {
    const hit = await cached(request);
    if (hit) return hit;
  }
  try {
    return await fromNetwork(event, true);
  } catch (e) {
    const hit = await cached(request);
    if (hit) return hit;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  // The page asking whether the network is there (`offline.rs`): only the network can say.
  if (url.searchParams.has('online-probe')) return;
  const path = url.pathname.slice(BASE.length);
  if (request.mode === 'navigate') return event.respondWith(page(event));
  if (SHELL.includes(path) && path !== '' && !path.startsWith('data/')) {
    // Hashed files of this version: the cache is always right.
    return event.respondWith(cached(request).then((hit) => hit || fetch(request)));
  }
  event.respondWith(used(event));
});
