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

export function memoByContent<T>(root: string, compute: () => T): () => T {
  let stamp: string | undefined;
  let value: T | undefined;
  return () => {
    const current = watching ? contentStamp(root) : 'build';
    if (stamp !== current) {
      stamp = current;
      value = compute();
    }
    return value as T;
  };
}
