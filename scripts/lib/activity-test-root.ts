import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * For tests of activity files: a temporary copy of the project's content/
 * without its activity records, and a way to put one file in it. Never the
 * project's own content/.
 */
export function activityTestRoot(prefix: string): { root: string; put: (slug: string, text: string) => void; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  rmSync(join(root, 'content/hoat-dong'), { recursive: true, force: true });
  // The files materials name (posters' images) live in public/: the content check looks for them.
  cpSync(join(process.cwd(), 'public'), join(root, 'public'), { recursive: true });
  return {
    root,
    put(slug, text) {
      mkdirSync(join(root, 'content/hoat-dong', slug, '..'), { recursive: true });
      writeFileSync(join(root, 'content/hoat-dong', `${slug}.yaml`), text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
