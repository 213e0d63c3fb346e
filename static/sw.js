// Kiosk offline support. Registered by kiosk pages only, and it serves kiosk pages
// only: a standalone or embedded page opened later in the same browser goes
// straight to the network, as if there were no worker.
//
// Network first: the server's answer is used whenever it gives one, and the cached
// copy only when the network fails or the server answers 5xx, so a kiosk that lost
// its network keeps running (and reloads) with what it last loaded, and a kiosk
// whose server came back shows the current files. Only plain 200 answers from our
// own origin are kept: never a redirect (a captive portal's login page), an opaque
// answer, an error page.
//
// The build step (scripts/sw-stamp.mjs) replaces BUILD with the build's content
// hash and SHELL with the list of its files: each build gets a cache of its own,
// filled on install; older caches are deleted when the new worker takes over.
const BUILD = "dev";
const SHELL = [];
const PREFIX = "impact-atlas-";
const CACHE = PREFIX + BUILD;

self.addEventListener("install", (e) => {
  e.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(SHELL.map((path) =>
        fetch(path, { cache: "no-cache" })
          .then((res) => (keepable(res) ? cache.put(path, res) : undefined))
          .catch(() => undefined))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

/** Whether a page address is a kiosk page. */
function isKiosk(href) {
  try {
    return new URL(href).searchParams.get("mode") === "kiosk";
  } catch (err) {
    return false;
  }
}

/** Client id -> whether that page is a kiosk (learnt on its navigation, else asked). */
const kiosks = new Map();

function keepable(res) {
  return res.status === 200 && res.type === "basic" && !res.redirected;
}

async function cached(req) {
  const cache = await caches.open(CACHE);
  return (await cache.match(req)) || (await cache.match(req, { ignoreSearch: true }));
}

async function networkFirst(e) {
  const req = e.request;
  let res;
  try {
    res = await fetch(req);
  } catch (err) {
    return (await cached(req)) || Response.error();
  }
  if (res.status >= 500) return (await cached(req)) || res;
  if (keepable(res)) {
    const copy = res.clone();
    e.waitUntil(caches.open(CACHE).then((c) => c.put(req, copy)));
  }
  return res;
}

self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    const kiosk = isKiosk(req.url);
    if (e.resultingClientId) kiosks.set(e.resultingClientId, kiosk);
    if (kiosk) e.respondWith(networkFirst(e));
    return;
  }
  const known = kiosks.get(e.clientId);
  if (known === false || !e.clientId) return;
  if (known === true) {
    e.respondWith(networkFirst(e));
    return;
  }
  // A worker restarted since the page opened: ask which page this is.
  e.respondWith(self.clients.get(e.clientId).then((client) => {
    const kiosk = !!client && isKiosk(client.url);
    kiosks.set(e.clientId, kiosk);
    return kiosk ? networkFirst(e) : fetch(req);
  }));
});
