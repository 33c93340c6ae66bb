/**
 * The island of /ngoai-tuyen/ (reading without signal): shows each audience
 * pack's size before it is saved, saves it into the cache "goi-<id>" that the
 * service worker serves and refreshes, removes it, and lists the saved pages.
 */
import { formatBytes, formatDate } from '../lib/format/vi';

interface PackFile {
  url: string;
}
interface Pack {
  id: string;
  label: string;
  materials: number;
  bytes: number;
  files: PackFile[];
}
interface Packs {
  packs: Pack[];
}
interface Revisions {
  [url: string]: string;
}
interface Meta {
  savedAt?: string;
  revisions: Revisions;
}

const PACK_PREFIX = 'goi-';

export async function initOffline(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  root.querySelector('[data-unsupported]')?.remove();
  if (!navigator.onLine) status.textContent = 'Bạn đang không có mạng. Dưới đây là những trang đã lưu trên máy này.';

  await listSaved(root);
  const packs = await fetch(root.dataset.packs!).then((response) => response.json() as Promise<Packs>).catch(() => undefined);
  for (const item of root.querySelectorAll<HTMLElement>('[data-pack]')) {
    const pack = packs?.packs.find((candidate) => candidate.id === item.dataset.pack);
    void showPack(root, item, pack, root.dataset.meta!);
  }
}

async function readMeta(cache: Cache, metaPath: string): Promise<Meta | undefined> {
  const response = await cache.match(metaPath);
  return response ? ((await response.json()) as Meta) : undefined;
}

async function showPack(root: HTMLElement, item: HTMLElement, pack: Pack | undefined, metaPath: string): Promise<void> {
  const size = item.querySelector<HTMLElement>('[data-pack-size]')!;
  const save = item.querySelector<HTMLButtonElement>('[data-save]')!;
  const remove = item.querySelector<HTMLButtonElement>('[data-remove]')!;
  const name = `${PACK_PREFIX}${item.dataset.pack}`;
  const saved = (await caches.has(name)) ? await readMeta(await caches.open(name), metaPath) : undefined;
  const label = pack ? `${pack.materials} tài liệu · ${formatBytes(pack.bytes)}` : '';
  if (saved?.savedAt) {
    size.textContent = `Đã lưu ngày ${formatDate(saved.savedAt.slice(0, 10))}${label ? ` · ${label}` : ''}.`;
  } else {
    size.textContent = pack ? `Gói này tải ${label}.` : 'Cần có mạng để xem dung lượng của gói.';
  }
  save.hidden = Boolean(saved?.savedAt) || !pack;
  remove.hidden = !saved?.savedAt;
  if (pack) save.textContent = `Lưu để đọc khi không có mạng (${formatBytes(pack.bytes)})`;
  const status = root.querySelector<HTMLElement>('[data-status]')!;

  save.onclick = async () => {
    if (!pack) return;
    save.disabled = true;
    status.textContent = `Đang lưu gói "${pack.label}"…`;
    try {
      const revisions = (await fetch(root.dataset.revisions!, { cache: 'no-store' }).then((response) => response.json())) as Revisions;
      const cache = await caches.open(name);
      const meta: Meta = { revisions: {} };
      for (const file of pack.files) {
        const response = await fetch(file.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await cache.put(file.url, response);
        meta.revisions[file.url] = revisions[file.url] ?? '';
      }
      meta.savedAt = new Date().toISOString();
      await cache.put(metaPath, new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json' } }));
      status.textContent = `Đã lưu gói "${pack.label}": đọc được cả khi không có mạng.`;
    } catch {
      await caches.delete(name);
      status.textContent = `Chưa lưu được gói "${pack.label}": mạng bị ngắt giữa chừng. Hãy thử lại khi có mạng.`;
    }
    save.disabled = false;
    await showPack(root, item, pack, metaPath);
    await listSaved(root);
  };
  remove.onclick = async () => {
    await caches.delete(name);
    status.textContent = `Đã xoá gói "${pack?.label ?? item.dataset.pack}" khỏi máy này.`;
    await showPack(root, item, pack, metaPath);
    await listSaved(root);
  };
}

/** Every saved page (opened or in a pack), by title. */
async function listSaved(root: HTMLElement): Promise<void> {
  const pages = new Map<string, string>();
  for (const name of await caches.keys()) {
    if (name !== 'doc' && !name.startsWith(PACK_PREFIX)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!path.endsWith('/') || path === location.pathname || pages.has(path)) continue;
      const html = await (await cache.match(request))?.text();
      const title = /<title>([^<]*)<\/title>/.exec(html ?? '')?.[1];
      if (title) pages.set(path, new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? path);
    }
  }
  const list = root.querySelector<HTMLElement>('[data-saved]')!;
  list.replaceChildren(
    ...[...pages].sort(([, a], [, b]) => a.localeCompare(b, 'vi')).map(([path, title]) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = path;
      link.textContent = title;
      item.append(link);
      return item;
    }),
  );
  root.querySelector('[data-saved-count]')!.textContent = pages.size === 0 ? 'Chưa có trang nào được lưu.' : `${pages.size} trang.`;
}
