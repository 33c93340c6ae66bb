import { execFileSync } from 'node:child_process';
import { GIT_LOG_FORMAT, mergeChanges, parseGitLog, type Change } from '../lib/history/git-log';
import { memoByContent } from './content-memo';
import { projectRoot } from './context';

/**
 * The change log of the tracker's content from Git, read with one `git log`
 * per build. In a shallow checkout (or without Git) the history is not known:
 * pages say "không có lịch sử" rather than show a truncated one.
 */
export type History = { available: true; byPath: Map<string, Change[]> } | { available: false; byPath: Map<string, Change[]> };

export const TRACKER_PATHS = ['content/hoat-dong', 'content/bao-cao-quy'];

export function readHistory(root: string, paths: readonly string[] = TRACKER_PATHS): History {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return { available: false, byPath: new Map() };
    return { available: true, byPath: parseGitLog(git('log', GIT_LOG_FORMAT, '--date=short', '--name-only', '--', ...paths)) };
  } catch {
    return { available: false, byPath: new Map() };
  }
}

const cached = memoByContent(projectRoot(), () => readHistory(projectRoot()));

/** The changes of the files that match, newest first; null when the history is not available. */
export function changesOf(match: (path: string) => boolean, history: History = cached()): Change[] | null {
  if (!history.available) return null;
  return mergeChanges([...history.byPath].filter(([path]) => match(path)).map(([, changes]) => changes));
}
