/**
 * What the service worker keeps for offline reading, computed from the built
 * site (dist/) after `astro build`: a revision (content hash) of every file,
 * the small shell precached at install, and one pack per audience that a
 * reader may save ("Lưu để đọc khi không có mạng"). Pure: works on a list of
 * files in memory (scripts/build-offline.ts reads and writes dist/).
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { FACET_SEGMENTS, routes } from '../routes';

export interface BuiltFile {
  /** Path inside dist/, with "/" separators: "tai-lieu/x/index.html". */
  file: string;
  bytes: Uint8Array;
}

export interface PackFile {
  url: string;
  bytes: number;
}

export interface Pack {
  /** The audience id: the cache is named "goi-<id>". */
  id: string;
  label: string;
  /** The audience's page of materials. */
  page: string;
  materials: number;
  bytes: number;
  files: PackFile[];
}

export interface OfflinePlan {
  /** Changes whenever any file changes: names the worker's shell cache. */
  version: string;
  /** Every served address → a short content hash. */
  revisions: Record<string, string>;
  /** Precached at install: the offline page, its script, the manifest and icons. */
  shell: string[];
  packs: Pack[];
}

/** The address a static host serves a file at: "a/index.html" → "/a/". */
export const urlOf = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

export const revisionOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/** Same-site paths a page loads or links to (href, src, srcset), without query or fragment. */
export function linkedPaths(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(_name, attributes) {
      const values = [attributes.href, attributes.src, ...(attributes.srcset ?? '').split(',').map((part) => part.trim().split(/\s+/)[0])];
      for (const value of values) {
        if (!value || /^(mailto|tel|javascript|data):/i.test(value) || value.startsWith('#')) continue;
        const url = new URL(value, new URL(pageUrl, 'http://site.invalid'));
        if (url.origin === 'http://site.invalid') found.push(decodeURIComponent(url.pathname));
      }
    },
  });
  parser.write(html);
  parser.end();
  return [...new Set(found)];
}

/** Scripts a page loads, with the modules they import (the search page's island). */
function scriptsOf(html: string, byUrl: Map<string, BuiltFile>): string[] {
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.pop()!;
    const file = byUrl.get(url);
    if (seen.has(url) || !file) continue;
    seen.add(url);
    const code = new TextDecoder().decode(file.bytes);
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(match[1] ?? '', new URL(url, 'http://site.invalid')).pathname);
  }
  return [...seen];
}

const text = (file: BuiltFile | undefined) => (file ? new TextDecoder().decode(file.bytes) : '');

/**
 * The offline plan of a built site. A pack holds the audience's page, each
 * material page it lists with the files in that material's folder the page
 * links to (the A4 poster), and the search page, its scripts and its whole
 * index (dictionary, word shards, fragments), so that search works offline.
 */
export function offlinePlan(files: readonly BuiltFile[], audiences: readonly { id: string; label: string }[]): OfflinePlan {
  const byUrl = new Map(files.map((file) => [urlOf(file.file), file]));
  const revisions = Object.fromEntries([...byUrl].map(([url, file]) => [url, revisionOf(file.bytes)]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  const offlinePage = byUrl.get(routes.offline);
  const shell = [routes.offline, ...scriptsOf(text(offlinePage), byUrl), '/manifest.webmanifest', '/favicon.svg', '/icon-192.png'].filter((url) => byUrl.has(url));
  // The search page, its scripts and the whole index under it: the dictionary, the word shards and each
  // document's fragment (the engine loads them per query), so that search works offline.
  const searchFiles = [routes.search, ...scriptsOf(text(byUrl.get(routes.search)), byUrl), ...[...byUrl.keys()].filter((url) => url.startsWith(routes.search) && url.endsWith('.json'))].filter(
    (url) => byUrl.has(url),
  );

  const packs = audiences.map((audience): Pack => {
    const page = routes.materialFacet('doi-tuong', audience.id);
    const materialPages = linkedPaths(text(byUrl.get(page)), page).filter((url) => {
      const slug = /^\/tai-lieu\/([^/]+)\/$/.exec(url)?.[1];
      return slug !== undefined && !FACET_SEGMENTS.includes(slug) && byUrl.has(url);
    });
    const materialFiles = materialPages.flatMap((url) => [url, ...linkedPaths(text(byUrl.get(url)), url).filter((linked) => linked.startsWith(url) && linked !== url && byUrl.has(linked))]);
    const urls = [...new Set([page, ...materialFiles, ...searchFiles])].filter((url) => byUrl.has(url));
    const packFiles = urls.map((url) => ({ url, bytes: byUrl.get(url)!.bytes.byteLength }));
    return { id: audience.id, label: audience.label, page, materials: materialPages.length, bytes: packFiles.reduce((sum, file) => sum + file.bytes, 0), files: packFiles };
  });

  const version = createHash('sha256').update(JSON.stringify(revisions)).digest('hex').slice(0, 12);
  return { version, revisions, shell, packs };
}
