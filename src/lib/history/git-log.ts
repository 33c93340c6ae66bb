/**
 * The change log of content files from Git, as pages show it: date, author,
 * message. Parses `git log --format=%x1e%H%x1f%ad%x1f%an%x1f%s --date=short
 * --name-only`; pure.
 */
export interface Change {
  sha: string;
  /** ISO date of the commit. */
  date: string;
  author: string;
  message: string;
}

export const GIT_LOG_FORMAT = '--format=%x1e%H%x1f%ad%x1f%an%x1f%s';

/** Each path's changes, newest first. */
export function parseGitLog(output: string): Map<string, Change[]> {
  const byPath = new Map<string, Change[]>();
  for (const block of output.split('\x1e')) {
    const [head = '', ...files] = block.split('\n');
    const [sha, date, author, message] = head.split('\x1f');
    if (!sha || !date || author === undefined || message === undefined) continue;
    const change = { sha, date, author, message };
    for (const file of files.map((f) => f.trim()).filter((f) => f !== '')) byPath.set(file, [...(byPath.get(file) ?? []), change]);
  }
  return byPath;
}

/** The changes of several files as one log, newest first, each commit once. */
export function mergeChanges(lists: readonly (readonly Change[])[]): Change[] {
  const bySha = new Map<string, Change>();
  for (const list of lists) for (const change of list) bySha.set(change.sha, change);
  return [...bySha.values()].sort((a, b) => b.date.localeCompare(a.date));
}
