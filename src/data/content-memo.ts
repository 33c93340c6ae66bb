import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Caches what is computed from content/. A build reads content once; the dev
 * server (where editors save through the CMS) recomputes whenever a file
 * under content/ changes, found by a cheap walk of names, sizes and times.
 */
function contentStamp(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(join(root, 'content'));
  return parts.join('\n');
}

const watching = Boolean(import.meta.env?.DEV);

/**
 * The one cache of src/data/: values computed from content, each kept with the
 * stamp of what it was computed from and computed again when the stamp
 * changes. Every getter caches through this.
 */
export class ContentCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: T }>();

  /** The value for `key`, computed again when `stamp` differs from the stored one. */
  get(key: string, stamp: string, compute: () => T): T {
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp) return entry.value;
    const value = compute();
    this.entries.set(key, { stamp, value });
    return value;
  }

  /** Stores a value computed elsewhere (a full load that a getter can reuse). */
  set(key: string, stamp: string, value: T): void {
    this.entries.set(key, { stamp, value });
  }
}

/** A value computed once per build; in dev, again whenever a file under content/ changes. */
export function memoByContent<T>(root: string, compute: () => T): () => T {
  const cache = new ContentCache<T>();
  return () => cache.get(root, watching ? contentStamp(root) : 'build', compute);
}
