import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVITIES_DIR } from '../content-model/hoat-dong';
import { listActivityFiles } from '../data/activities';
import { removeIllustrative } from '../lib/activities/yaml-file';
import { writeFileAtomic } from './atomic';

/**
 * Takes every illustrative record (illustrative: true) out of the activity
 * files; deletes the files the sample generator made once nothing else is in
 * them. Records an officer added, even in the same file, stay as they are.
 */
export function removeIllustrativeRecords(root: string): { records: number; filesDeleted: number; filesChanged: number } {
  const result = { records: 0, filesDeleted: 0, filesChanged: 0 };
  for (const path of listActivityFiles(root)) {
    const full = join(root, path);
    const before = readFileSync(full, 'utf8');
    if (!before.includes('illustrative')) continue;
    const { text, removed } = removeIllustrative(before);
    result.records += removed;
    if (text === null) {
      rmSync(full);
      result.filesDeleted += 1;
    } else if (text !== before) {
      writeFileAtomic(full, text);
      result.filesChanged += 1;
    }
  }
  // Year folders left empty go too.
  const base = join(root, ACTIVITIES_DIR);
  if (existsSync(base)) {
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      if (entry.isDirectory() && readdirSync(join(base, entry.name)).length === 0) rmSync(join(base, entry.name), { recursive: true });
    }
  }
  return result;
}
