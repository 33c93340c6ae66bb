/** Reads a built site and writes its service worker, packs and revisions (scripts/build-offline.ts, the offline e2e test). */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { offlinePlan, type BuiltFile, type OfflinePlan } from '../../src/lib/offline/plan';
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

export function writeOffline(dist: string): OfflinePlan {
  const plan = offlinePlan(builtFiles(dist), audiences);
  const constants = {
    VERSION: plan.version,
    // The packs' list too: the offline page shows them, saved or not, without network.
    SHELL: [...plan.shell, routes.offlinePacks],
    OFFLINE_PAGE: routes.offline,
    PACKS_URL: routes.offlinePacks,
    REVISIONS_URL: routes.offlineRevisions,
    META_PATH: routes.offlinePackMeta,
  };
  const header = Object.entries(constants).map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`).join('\n');
  writeFileSync(join(dist, routes.serviceWorker), `${header}\n${readFileSync(WORKER_SOURCE, 'utf8')}`);
  writeFileSync(join(dist, routes.offlinePacks), JSON.stringify({ version: plan.version, packs: plan.packs }));
  writeFileSync(join(dist, routes.offlineRevisions), JSON.stringify(plan.revisions));
  return plan;
}
