import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltIndex } from '../../src/lib/search/index-build';

/** Writes a search index where the site serves it: <root>/tim-kiem/chi-muc.json, chi-muc/tu-N.json, chi-muc/tai-lieu/N.json. */
export function writeIndexFiles(root: string, built: BuiltIndex): void {
  const base = join(root, 'tim-kiem', 'chi-muc');
  mkdirSync(join(base, 'tai-lieu'), { recursive: true });
  writeFileSync(`${base}.json`, JSON.stringify(built.dictionary));
  built.shards.forEach((shard, i) => writeFileSync(join(base, `tu-${i}.json`), JSON.stringify(shard)));
  built.fragments.forEach((fragment, i) => writeFileSync(join(base, 'tai-lieu', `${i}.json`), JSON.stringify(fragment)));
}
