/**
 * Fingerprints of a folder tree (relative path → content hash) and the
 * difference between two of them: the test suite's proof that no test
 * changed an officer's file.
 */
export type Fingerprints = Readonly<Record<string, string>>;

export interface TreeDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffFingerprints(before: Fingerprints, after: Fingerprints): TreeDiff {
  const added = Object.keys(after).filter((path) => !(path in before));
  const removed = Object.keys(before).filter((path) => !(path in after));
  const changed = Object.keys(after).filter((path) => path in before && before[path] !== after[path]);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

/** One line per file that differs, e.g. "đã xóa (removed): content/ke-hoach-huyen/2021-323.yaml". */
export function describeDiff(diff: TreeDiff): string[] {
  return [
    ...diff.removed.map((path) => `đã xóa (removed): ${path}`),
    ...diff.changed.map((path) => `đã sửa (changed): ${path}`),
    ...diff.added.map((path) => `đã thêm (added): ${path}`),
  ];
}
