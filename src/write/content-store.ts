import { createHash } from 'node:crypto';

/**
 * Where the editing tools (the command-line importer and the officers' data
 * desk) read and write content files: this machine's files (local mode) or
 * the GitHub repository (the editing server). Paths are relative to the
 * project root, with "/" ("content/hoat-dong/2024/2021-11950.yaml").
 */
export interface FileChange {
  path: string;
  text: string;
}

/** Who is writing: the signed-in editor in GitHub mode, this machine's officer in local mode. */
export interface Author {
  name: string;
  email: string;
  /** GitHub login, when known. */
  login?: string;
}

/** What a write did, for the officer's receipt. */
export interface WriteReceipt {
  kind: 'local' | 'github';
  /** The paths written, sorted. */
  files: string[];
  /** GitHub mode: the commit made. */
  commit?: { sha: string; url: string };
  /** GitHub mode, when the branch takes changes only through pull requests. */
  branch?: string;
  pullRequest?: { number: number; url: string };
}

/** The digest of a file's text as read at check time; "absent" for a file that did not exist. */
export function digestOf(text: string | null): string {
  return text === null ? 'absent' : createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Refused because a file changed since it was read (stale data is never
 * overwritten): the officer checks again. `paths` names every such file.
 */
export class StaleFileError extends Error {
  constructor(readonly paths: string[]) {
    super(
      `Các tệp sau đã thay đổi từ lúc kiểm tra (có người vừa ghi vào): ${paths.join(', ')}. Không ghi gì; hãy bấm "Kiểm tra" lại. ` +
        `[EN] Changed since the check: ${paths.join(', ')}.`,
    );
  }
}

/** A write the store refused for another reason (no permission, repository error), said in Vietnamese. */
export class StoreError extends Error {}

export interface ContentStore {
  readonly kind: 'local' | 'github';
  /** For messages: "các tệp trên máy này" or "kho GitHub owner/name, nhánh main". */
  readonly description: string;
  /** The current text of each path; null when the file does not exist. */
  read(paths: readonly string[]): Promise<Map<string, string | null>>;
  /**
   * Writes every change or none. `expected` holds, for each changed path, the
   * digestOf() its text had when the officer's data was checked; if any file's
   * current digest differs, nothing is written and StaleFileError is thrown.
   */
  write(changes: readonly FileChange[], expected: ReadonlyMap<string, string>, meta: { message: string; author: Author }): Promise<WriteReceipt>;
}
