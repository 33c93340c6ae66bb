/*
 * The data desk's service worker (scope /nhap-lieu/, issue 19): the one-activity form and what it
 * loads open without network on an officer's phone. Entries made offline are kept by the page in
 * IndexedDB (src/desk/offline-form.ts), never here: updating this worker cannot lose them.
 * Served by src/desk/pages/worker.ts with FORM_PATH prepended.
 */
/* global FORM_PATH */

const CACHE = 'nhap-lieu';
const KEEP = ['script', 'style', 'font', 'image', 'manifest'];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const form = request.mode === 'navigate' && (url.pathname === FORM_PATH || `${url.pathname}/` === FORM_PATH);
  if (!form && !KEEP.includes(request.destination)) return;
  event.respondWith(
    (async () => {
      const key = form ? FORM_PATH : url.pathname + url.search;
      try {
        const response = await fetch(request);
        // Only a signed-in form (200) is kept: a refusal page never replaces it.
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          await caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return response;
      } catch (error) {
        const saved = await caches.match(key, { cacheName: CACHE });
        if (saved) return saved;
        throw error;
      }
    })(),
  );
});
