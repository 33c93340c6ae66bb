import { describe, expect, it } from 'vitest';
import { mergeChanges, parseGitLog } from './git-log';

describe('parseGitLog', () => {
  it('gives each path its changes, newest first, and merges the logs of several files', () => {
    const output = [
      '\x1eb2\x1f2026-11-02\x1fNguyễn Văn A\x1fNhập 3 hoạt động\n\ncontent/hoat-dong/2026/2025-07-11953.yaml\ncontent/bao-cao-quy/2026-q3.yaml\n',
      '\x1ea1\x1f2026-10-01\x1fCán bộ B\x1fSửa mô tả\n\ncontent/hoat-dong/2025/2025-07-11953.yaml\n',
    ].join('');
    const log = parseGitLog(output);
    expect(log.get('content/hoat-dong/2026/2025-07-11953.yaml')).toEqual([{ sha: 'b2', date: '2026-11-02', author: 'Nguyễn Văn A', message: 'Nhập 3 hoạt động' }]);
    expect(mergeChanges([log.get('content/hoat-dong/2025/2025-07-11953.yaml')!, log.get('content/hoat-dong/2026/2025-07-11953.yaml')!]).map((c) => c.sha)).toEqual(['b2', 'a1']);
    expect(parseGitLog('').size).toBe(0);
  });
});
