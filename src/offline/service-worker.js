/*
 * The public site's service worker (issue 19: works without signal).
 * scripts/build-offline.ts writes it to dist/sw.js after `astro build`, with
 * the build's VERSION and the addresses below prepended and the shell's
 * precache manifest injected by Serwist (@serwist/build). Pages work exactly as without it when it is not there.
 *
 * Caches:
 * - "shell-<VERSION>": the offline page and icons; replaced on each deploy.
 * - "doc": every page, image and script a reader opened (network first).
 * - "goi-<audience>": a pack the reader saved from the offline page.
 * A new deploy refreshes "doc" and the packs in place (only files whose
 * revision changed) and never deletes a pack.
 */
/* global VERSION, OFFLINE_PAGE, PACKS_URL, REVISIONS_URL, META_PATH */
/** The shell, precached at install: Serwist's injectManifest (@serwist/build) puts its files and revisions here. */
const SHELL = self.__SW_MANIFEST.map((entry) => entry.url);

const SHELL_CACHE = `shell-${VERSION}`;
const DOC_CACHE = 'doc';
const PACK_PREFIX = 'goi-';
/** Paths never cached: the editing tools and the worker itself. */
const NEVER = [/^\/keystatic\//, /^\/api\//, /^\/nhap-lieu\//, /^\/sw\.js$/];
/** Larger files (lesson kits' zips) are not kept unless saved in a pack. */
const MAX_RUNTIME_BYTES = 3 * 1024 * 1024;
const RUNTIME_DESTINATIONS = ['document', 'image', 'script', 'style', 'font', 'manifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('shell-') && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
      await refreshSaved().catch(() => undefined);
    })(),
  );
});

async function readJson(response) {
  return response ? response.json() : undefined;
}

/** Brings the saved pages and packs to this deploy: fetches what changed, adds what a pack gained, drops what is gone. */
async function refreshSaved() {
  const revisions = await fetch(REVISIONS_URL, { cache: 'no-store' }).then((response) => response.json());
  const packs = await fetch(PACKS_URL, { cache: 'no-store' }).then((response) => response.json());
  for (const name of await caches.keys()) {
    if (name !== DOC_CACHE && !name.startsWith(PACK_PREFIX)) continue;
    const cache = await caches.open(name);
    const meta = (await readJson(await cache.match(META_PATH))) ?? { revisions: {} };
    const stored = (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path !== META_PATH);
    const pack = name.startsWith(PACK_PREFIX) ? packs.packs.find((candidate) => `${PACK_PREFIX}${candidate.id}` === name) : undefined;
    const wanted = pack ? pack.files.map((file) => file.url) : stored;
    for (const path of stored) {
      if (!wanted.includes(path) || revisions[path] === undefined) {
        await cache.delete(path);
        delete meta.revisions[path];
      }
    }
    for (const path of wanted) {
      const revision = revisions[path];
      if (revision === undefined || meta.revisions[path] === revision) continue;
      const response = await fetch(path, { cache: 'no-cache' }).catch(() => undefined);
      if (response && response.ok) {
        await cache.put(path, response);
        meta.revisions[path] = revision;
      }
    }
    if (pack) Object.assign(meta, { label: pack.label, materials: pack.materials, bytes: pack.bytes });
    await cache.put(META_PATH, new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json' } }));
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || NEVER.some((pattern) => pattern.test(url.pathname))) return;
  event.respondWith(networkFirst(request, url));
});

async function networkFirst(request, url) {
  try {
    const response = await fetch(request);
    const length = Number(response.headers.get('Content-Length') ?? 0);
    // What a reader opened: pages and what they show. A page script's own fetch (saving a pack, the search index) is not kept here.
    // A download opened as a page (a lesson kit's zip) is not a page: only HTML is kept from navigations.
    const page = request.mode === 'navigate' && (response.headers.get('Content-Type') ?? '').includes('text/html');
    const opened = page || (request.mode !== 'navigate' && RUNTIME_DESTINATIONS.includes(request.destination));
    if (opened && response.ok && response.type === 'basic' && length <= MAX_RUNTIME_BYTES) {
      const copy = response.clone();
      caches.open(DOC_CACHE).then((cache) => cache.put(url.pathname, copy)).catch(() => undefined);
    }
    return response;
  } catch (error) {
    const saved = await caches.match(url.pathname);
    if (saved) return saved;
    if (request.mode === 'navigate') {
      const offline = await caches.match(OFFLINE_PAGE);
      if (offline) return offline;
    }
    throw error;
  }
}
