import { describe, expect, it } from 'vitest';
import { describeDiff, diffFingerprints } from './tree-diff';

describe('diffFingerprints', () => {
  it('finds nothing when every file has the same hash', () => {
    const tree = { 'content/a.yaml': '1', 'public/b.png': '2' };
    expect(diffFingerprints(tree, { ...tree })).toEqual({ added: [], removed: [], changed: [] });
  });

  it('names removed, changed and added files, sorted', () => {
    const before = { 'content/ke-hoach-huyen/2021-323.yaml': 'a', 'content/b.yaml': 'b', 'content/c.yaml': 'c' };
    const after = { 'content/c.yaml': 'c2', 'content/z.yaml': 'z', 'content/b.yaml': 'b', 'content/y.yaml': 'y' };
    const diff = diffFingerprints(before, after);
    expect(diff).toEqual({ added: ['content/y.yaml', 'content/z.yaml'], removed: ['content/ke-hoach-huyen/2021-323.yaml'], changed: ['content/c.yaml'] });
    expect(describeDiff(diff)).toEqual([
      'đã xóa (removed): content/ke-hoach-huyen/2021-323.yaml',
      'đã sửa (changed): content/c.yaml',
      'đã thêm (added): content/y.yaml',
      'đã thêm (added): content/z.yaml',
    ]);
  });
});
