// The service worker: keeps a copy of the page's own files (and textlens in /pkg/) so the page
// opens and works without a network after the first visit.
//
// Network first, cache as fallback: online, every load gets the current files (and refreshes the
// copy); offline, the copy answers. It only ever fetches this site's own files, and only when the
// page itself asks for them. Bump VERSION when the list of files changes: the old cache is
// deleted when the new worker takes over.
//
// The dictionary module (pkg/textlens_dictionary_bg.wasm, 1.9 MB gzip) is not precached: only a
// page that meets Chinese, Japanese, Thai, … text fetches it, and the fetch handler keeps the copy
// for offline use from then on. Its small loader is precached with the rest.
const VERSION = 3;
const CACHE = `textlens-v${VERSION}`;

const PRECACHE = [
  "./",
  "index.html",
  "style.css",
  "main.js",
  "view.js",
  "busy.js",
  "reader.js",
  "charts.js",
  "tabs.js",
  "file-text.js",
  "format.js",
  "rules.js",
  "storage.js",
  "sample.js",
  "export.js",
  "worker-client.js",
  "worker.js",
  "pkg/textlens.js",
  "pkg/core.js",
  "pkg/highlight.js",
  "pkg/textlens_wasm.js",
  "pkg/textlens_wasm_bg.wasm",
  "pkg/dictionary.js",
  "pkg/textlens_dictionary.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("textlens-") && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
