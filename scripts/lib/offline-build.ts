/** Reads a built site and writes its service worker, packs and revisions (scripts/build-offline.ts, the offline e2e test). */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { injectManifest } from '@serwist/build';
import { offlinePlan, urlOf, type BuiltFile, type OfflinePlan } from '../../src/lib/offline/plan';
import { routes } from '../../src/lib/routes';
import { audiences } from '../../src/lib/taxonomy';

const WORKER_SOURCE = new URL('../../src/offline/service-worker.js', import.meta.url);
/** Files the plan itself writes: not revisions of the site. */
const WRITTEN = [routes.serviceWorker, routes.offlinePacks, routes.offlineRevisions].map((url) => url.slice(1));

function builtFiles(dist: string, dir: string = dist): BuiltFile[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtFiles(dist, path);
    const file = relative(dist, path).split(sep).join('/');
    return WRITTEN.includes(file) || file === '_headers' ? [] : [{ file, bytes: readFileSync(path) }];
  });
}

/**
 * Writes the packs and revisions, then the service worker with Serwist's
 * injectManifest (@serwist/build): it reads dist/, takes the shell's files
 * (the offline page, its script, the icons, the packs' list) with their
 * revisions, and injects that precache manifest into the worker source at
 * `self.__SW_MANIFEST`.
 */
export async function writeOffline(dist: string): Promise<OfflinePlan> {
  const files = builtFiles(dist);
  const plan = offlinePlan(files, audiences);
  writeFileSync(join(dist, routes.offlinePacks), JSON.stringify({ version: plan.version, packs: plan.packs }));
  writeFileSync(join(dist, routes.offlineRevisions), JSON.stringify(plan.revisions));
  const constants = {
    VERSION: plan.version,
    OFFLINE_PAGE: routes.offline,
    PACKS_URL: routes.offlinePacks,
    REVISIONS_URL: routes.offlineRevisions,
    META_PATH: routes.offlinePackMeta,
  };
  const header = Object.entries(constants).map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`).join('\n');
  const work = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    const source = join(work, 'sw.js');
    writeFileSync(source, `${header}\n${readFileSync(WORKER_SOURCE, 'utf8')}`);
    // The packs' list is in the shell too: the offline page shows the packs, saved or not, without network.
    const shell = new Set([...plan.shell, routes.offlinePacks]);
    const shellFiles = files.filter((file) => shell.has(urlOf(file.file))).map((file) => file.file);
    const result = await injectManifest({
      swSrc: source,
      swDest: join(dist, routes.serviceWorker),
      globDirectory: dist,
      globPatterns: shellFiles,
      // Pages are precached by their address ("/ngoai-tuyen/"), as readers ask for them.
      manifestTransforms: [async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: urlOf(entry.url) })), warnings: [] })],
    });
    if (result.count !== shellFiles.length) throw new Error(`Serwist precached ${result.count} files, expected ${shellFiles.length}: ${result.warnings.join('; ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return plan;
}
