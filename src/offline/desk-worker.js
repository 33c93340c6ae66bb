/*
 * The data desk's service worker (scope /nhap-lieu/, issue 19): the one-activity form and what it
 * loads open without network on an officer's phone. Entries made offline are kept by the page in
 * IndexedDB (src/desk/offline-form.ts), never in a cache: updating this worker cannot lose them.
 * A form posted online that meets no network is kept here, in the page's store, as the fields posted
 * (PostedCopy of src/lib/desk/offline-entry.ts), and the officer is sent back to the form, which lists it.
 * Served by src/desk/pages/worker.ts with FORM_PATH and ENTRY_STORE prepended.
 */
/* global FORM_PATH, ENTRY_STORE */

const CACHE = 'nhap-lieu';
const KEEP = ['script', 'style', 'font', 'image', 'manifest'];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const form = request.mode === 'navigate' && (url.pathname === FORM_PATH || `${url.pathname}/` === FORM_PATH);
  if (form && request.method === 'POST') {
    event.respondWith(postForm(request));
    return;
  }
  if (request.method !== 'GET') return;
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

/** The form's post; without network, its fields are kept for the page and the officer goes back to the form. */
async function postForm(request) {
  const copy = request.clone();
  try {
    return await fetch(request);
  } catch {
    try {
      const posted = [...(await copy.formData())].filter(([, value]) => typeof value === 'string');
      await keepPosted({
        id: crypto.randomUUID(),
        savedAt: new Date().toISOString(),
        posted,
        lastError: 'mất mạng khi đang gửi (chưa rõ trang Nhập liệu đã nhận hay chưa; gửi lại không ghi hai lần).',
      });
    } catch {
      // Nothing could be kept (storage refused): the browser's own error page lets the officer go back to the filled form.
      return Response.error();
    }
    return Response.redirect(FORM_PATH, 303);
  }
}

function keepPosted(entry) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(ENTRY_STORE.database, ENTRY_STORE.version);
    open.onupgradeneeded = () => open.result.createObjectStore(ENTRY_STORE.store, { keyPath: 'id' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction(ENTRY_STORE.store, 'readwrite');
      transaction.objectStore(ENTRY_STORE.store).put(entry);
      transaction.oncomplete = () => resolve(undefined);
      transaction.onerror = () => reject(transaction.error);
    };
  });
}
