import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changesOf, readHistory } from './history';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

describe('the change log from Git', () => {
  it('lists each file’s commits (date, author, message), and says nothing in a shallow clone or outside Git', () => {
    const repo = mkdtempSync(join(tmpdir(), 'lich-su-'));
    dirs.push(repo);
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'content/hoat-dong/2025'), { recursive: true });
    const file = 'content/hoat-dong/2025/2025-07-11953.yaml';
    for (const [n, author] of [[1, 'Nguyễn Văn A'], [2, 'Trần Thị B']] as const) {
      writeFileSync(join(repo, file), `lan: ${n}\n`);
      git(repo, 'add', '.');
      git(repo, '-c', `user.name=${author}`, '-c', 'user.email=a@example.org', 'commit', '-qm', `Lần ${n}`);
    }
    const history = readHistory(repo);
    const changes = changesOf((path) => path === file, history);
    expect(changes?.map((c) => [c.author, c.message])).toEqual([['Trần Thị B', 'Lần 2'], ['Nguyễn Văn A', 'Lần 1']]);

    const shallow = mkdtempSync(join(tmpdir(), 'lich-su-nong-'));
    dirs.push(shallow);
    git(shallow, 'clone', '-q', '--depth', '1', `file://${repo}`, 'copy');
    expect(changesOf(() => true, readHistory(join(shallow, 'copy')))).toBeNull();
    expect(changesOf(() => true, readHistory(tmpdir()))).toBeNull();
  });
});
