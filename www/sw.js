// The service worker: keeps a copy of the page's own files (and textlens in /pkg/) so the page
// opens and works without a network after the first visit.
//
// Network first, cache as fallback: online, every load gets the current files (and refreshes the
// copy); offline, the copy answers. A network that does not answer within NETWORK_TIMEOUT_MS
// counts as offline: the copy answers at once, and for a while every request is answered from
// the copy first, the network only refreshing it behind (a hanging network would otherwise
// delay each file of the page in turn). It only ever fetches this site's own files, and only
// when the page itself asks for them. Bump VERSION when the list of files changes: the old cache
// is deleted when the new worker takes over.
//
// The on-demand modules are not precached: the dictionaries (pkg/textlens_dictionary_bg.wasm,
// 2.5 MB gzip) are fetched only by a page that meets Chinese, Japanese, Thai, … text, the Markdown
// parser (pkg/textlens_markup_bg.wasm, 94 kB gzip) only when a text is read as Markdown, and the
// fetch handler keeps each copy for offline use from then on. Their small loaders are precached
// with the rest.
const VERSION = 7;
const CACHE = `textlens-v${VERSION}`;
/** How long the network may take before the copy answers. */
const NETWORK_TIMEOUT_MS = 2000;
/** How long the copy answers first after the network was found slow. */
const SLOW_NETWORK_MS = 60_000;

let copyFirstUntil = 0;

const PRECACHE = [
  "./",
  "index.html",
  "style.css",
  "main.js",
  "panels/editor.js",
  "panels/bar.js",
  "panels/numbers.js",
  "panels/limits.js",
  "panels/highlights.js",
  "panels/pieces.js",
  "panels/insights.js",
  "panels/downloads.js",
  "panels/status.js",
  "stepper.js",
  "busy.js",
  "reader.js",
  "charts.js",
  "tabs.js",
  "file-text.js",
  "format.js",
  "rules.js",
  "languages.js",
  "storage.js",
  "sample.js",
  "export.js",
  "worker-client.js",
  "worker.js",
  "scheduler.js",
  "analysis.js",
  "pkg/textlens.js",
  "pkg/core.js",
  "pkg/highlight.js",
  "pkg/stream.js",
  "pkg/token-chunks.js",
  "pkg/textlens_wasm.js",
  "pkg/textlens_wasm_bg.wasm",
  "pkg/dictionary.js",
  "pkg/textlens_dictionary.js",
  "pkg/markup.js",
  "pkg/textlens_markup.js",
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
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  const cached = await cache.match(request, { ignoreSearch: true });
  if (!cached) return network;
  if (Date.now() < copyFirstUntil) {
    network.catch(() => {}); // refreshes the copy, if the network answers at all
    return cached;
  }
  let answered = false;
  const fromNetwork = network.then(
    (response) => ((answered = true), response),
    () => ((answered = true), cached),
  );
  const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS)).then(() => {
    if (!answered) copyFirstUntil = Date.now() + SLOW_NETWORK_MS;
    return cached;
  });
  return Promise.race([fromNetwork, slow]);
}
