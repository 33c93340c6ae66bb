import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { temporaryPathFor } from './atomic';
import { digestOf, StaleFileError, type ContentStore, type FileChange, type WriteReceipt } from './content-store';

const readOrNull = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/**
 * This machine's files under `root` (local mode: an officer's own computer,
 * `npm start`). A write stages every file beside its target, checks that no
 * target changed since it was read, then renames them into place; if a rename
 * fails, the files already replaced are put back, so it is all or nothing.
 */
export function localStore(root: string): ContentStore {
  return {
    kind: 'local',
    description: 'các tệp trên máy này',
    async read(paths) {
      return new Map(paths.map((path) => [path, readOrNull(join(root, path))]));
    },
    async write(changes: readonly FileChange[], expected: ReadonlyMap<string, string>): Promise<WriteReceipt> {
      const staged: { target: string; temporary: string; before: string | null }[] = [];
      try {
        for (const change of changes) {
          const target = join(root, change.path);
          mkdirSync(dirname(target), { recursive: true });
          const temporary = temporaryPathFor(target);
          writeFileSync(temporary, change.text, 'utf8');
          staged.push({ target, temporary, before: readOrNull(target) });
        }
        const stale = changes.filter((change, i) => digestOf(staged[i]!.before) !== expected.get(change.path)).map((change) => change.path);
        if (stale.length > 0) throw new StaleFileError(stale);
        const done: typeof staged = [];
        try {
          for (const file of staged) {
            renameSync(file.temporary, file.target);
            done.push(file);
          }
        } catch (error) {
          for (const file of done) {
            if (file.before === null) rmSync(file.target, { force: true });
            else writeFileSync(file.target, file.before, 'utf8');
          }
          throw error;
        }
      } finally {
        for (const file of staged) rmSync(file.temporary, { force: true });
      }
      return { kind: 'local', files: changes.map((change) => change.path).sort() };
    },
  };
}
