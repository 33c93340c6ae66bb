import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a copy of the site needs to build or serve: code, config and content (node_modules is linked). */
export const SITE_ENTRIES = ['astro.config.mjs', 'keystatic.config.ts', 'package.json', 'tsconfig.json', 'src', 'content', 'public'] as const;

/**
 * A temporary copy of the project for tests and benchmarks that write: they
 * edit, build or serve the copy, never the project's content/, public/ or src/.
 * node_modules is a symlink to the project's. Returns the copy's folder.
 */
export function copyProject(prefix: string, project: string = process.cwd()): string {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const entry of SITE_ENTRIES) cpSync(join(project, entry), join(root, entry), { recursive: true });
  symlinkSync(resolve(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

export function removeCopy(root: string): void {
  // Never a folder outside the system's temporary directory.
  if (!resolve(root).startsWith(resolve(tmpdir()))) throw new Error(`Refusing to remove ${root}: not a temporary copy.`);
  // The dev server may still be writing its caches as it stops: retry a directory that is not empty yet.
  rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
