/**
 * After `astro build`: writes the service worker and what it reads into the
 * built public site (issue 19, reading without signal):
 * - dist/sw.js: src/offline/service-worker.js with this build's version and shell,
 * - dist/ngoai-tuyen/goi.json: the audience packs, their files and sizes,
 * - dist/ngoai-tuyen/phien-ban.json: every file's revision (a new deploy refreshes only what changed).
 * Usage: npx astro build && npx tsx scripts/build-offline.ts [dist]
 */
import { existsSync } from 'node:fs';
import { writeOffline } from './lib/offline-build';

const dist = process.argv[2] ?? 'dist';
if (process.env.CMS_SERVER === '1') {
  console.log('Editing server build: no service worker (the public site has it).');
} else if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist}/index.html not found: run \`npx astro build\` first.`);
  process.exit(1);
} else {
  const plan = await writeOffline(dist);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  console.log(`Service worker ${plan.version}: ${Object.keys(plan.revisions).length} files, shell of ${plan.shell.length}.`);
  for (const pack of plan.packs) console.log(`  pack ${pack.id}: ${pack.materials} materials, ${pack.files.length} files, ${mb(pack.bytes)} MB`);
}
