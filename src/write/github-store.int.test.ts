import { afterEach, describe, expect, it } from 'vitest';
import { startGithubStandIn, type GithubStandIn, type StandInOptions } from '../../scripts/lib/github-stand-in';
import { digestOf, StaleFileError, StoreError, type Author, type ContentStore } from './content-store';
import { githubEditor } from './github-editor';
import { githubStore } from './github-store';

const OWNER = 'so-lao-dong';
const REPO = 'phong-chong-mai-dam';
const TOKEN = 'gho_test-token-never-shown';
const A = 'content/hoat-dong/2024/2021-11950.yaml';
const B = 'content/hoat-dong/2025/2025-07-11977.yaml';
const SPACED = 'content/tài liệu/tờ rơi #1.md';
const FILES = { [A]: 'activities:\n  - date: 2024-03-15\n', [SPACED]: 'Tờ rơi số 1\n', 'README.md': '# Kho\n' };
const AUTHOR: Author = { name: 'Nguyễn Thị Lan', email: 'lan@example.vn', login: 'lan-nt' };
const MESSAGE = 'Nhập liệu: 2 hoạt động\n\nTừ tệp q1.xlsx, 2 tệp.';
const NOW = new Date('2026-11-29T07:30:05.000Z');

let standIn: GithubStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start(extra: Partial<StandInOptions> = {}) {
  standIn = await startGithubStandIn({ owner: OWNER, repo: REPO, files: FILES, token: TOKEN, ...extra });
  return standIn;
}

/** A fetch that records the headers of every request, and may act just before one is sent. */
function watchedFetch(before?: (method: string, url: string) => void) {
  const headers: Headers[] = [];
  const watched: typeof fetch = async (input, init) => {
    headers.push(new Headers(init?.headers));
    before?.(init?.method ?? 'GET', String(input));
    return fetch(input, init);
  };
  return { fetch: watched, headers };
}

const store = (server: GithubStandIn, extra: { branch?: string; fetch?: typeof fetch; token?: string } = {}) =>
  githubStore({ apiUrl: `${server.url}/`, token: extra.token ?? TOKEN, owner: OWNER, repo: REPO, now: () => NOW, branch: extra.branch, fetch: extra.fetch });

const calls = (server: GithubStandIn, method: string, pathPart: string) => server.calls.filter((call) => call.method === method && call.path.includes(pathPart));
const writes = (server: GithubStandIn) => server.calls.filter((call) => call.method !== 'GET');

describe('githubStore read', () => {
  it('reads existing files and gives null for missing ones, on the default branch', async () => {
    const server = await start();
    const { fetch, headers } = watchedFetch();
    const github = store(server, { fetch });
    expect(github.kind).toBe('github');
    const texts = await github.read([A, SPACED, 'content/hoat-dong/2030/khong-co.yaml', A]);
    expect([...texts.entries()]).toEqual([
      [A, FILES[A]],
      [SPACED, FILES[SPACED]],
      ['content/hoat-dong/2030/khong-co.yaml', null],
    ]);
    await github.read(['README.md']);
    // The default branch is asked once and kept.
    expect(calls(server, 'GET', `/repos/${OWNER}/${REPO}`).filter((call) => call.path === `/repos/${OWNER}/${REPO}`)).toHaveLength(1);
    expect(github.description).toBe(`kho GitHub ${OWNER}/${REPO}, nhánh main`);
    expect(server.calls.map((call) => call.path)).toContain(`/repos/${OWNER}/${REPO}/contents/content/t%C3%A0i%20li%E1%BB%87u/t%E1%BB%9D%20r%C6%A1i%20%231.md?ref=main`);
    expect(writes(server)).toEqual([]);
    for (const sent of headers) {
      expect(sent.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(sent.get('accept')).toBe('application/vnd.github+json');
      expect(sent.get('x-github-api-version')).toBe('2022-11-28');
      expect(sent.get('user-agent')).toBeTruthy();
    }
  });

  it('a refused token is a StoreError naming the status and path, never the token', async () => {
    const server = await start();
    const error = await store(server, { branch: 'main', token: 'gho_expired' })
      .read([A])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('HTTP 401');
    expect((error as Error).message).toContain(`/repos/${OWNER}/${REPO}/contents/`);
    expect((error as Error).message).not.toContain('gho_');
  });

  it('an unreachable GitHub is a StoreError "Không kết nối được GitHub"', async () => {
    const server = await start();
    const url = server.url;
    await server.close();
    standIn = undefined;
    const github = githubStore({ apiUrl: url, token: TOKEN, owner: OWNER, repo: REPO, branch: 'main' });
    const error = await github.read([A]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/^Không kết nối được GitHub \(/);
    expect((error as Error).message).not.toContain(TOKEN);
  });
});

describe('githubStore write', () => {
  it('writes two files as exactly one commit by the editor, on top of the old head, and moves the branch', async () => {
    const server = await start();
    const github = store(server);
    const before = await github.read([A, B]);
    const expected = new Map([...before].map(([path, text]) => [path, digestOf(text)]));
    const oldHead = server.head()!;
    const receipt = await github.write(
      [
        { path: B, text: 'activities:\n  - date: 2025-08-20\n' },
        { path: A, text: `${FILES[A]}  - date: 2024-04-02\n` },
      ],
      expected,
      { message: MESSAGE, author: AUTHOR },
    );

    expect(server.commits).toHaveLength(2);
    const commit = server.commits[1]!;
    expect(commit.parents).toEqual([oldHead]);
    expect(commit.author).toEqual({ name: AUTHOR.name, email: AUTHOR.email, date: NOW.toISOString() });
    expect(commit.message).toBe(MESSAGE);
    expect(server.head()).toBe(commit.sha);
    expect(server.files()).toEqual({ ...FILES, [A]: `${FILES[A]}  - date: 2024-04-02\n`, [B]: 'activities:\n  - date: 2025-08-20\n' });
    expect(receipt).toEqual({ kind: 'github', files: [A, B], commit: { sha: commit.sha, url: `https://github.com/${OWNER}/${REPO}/commit/${commit.sha}` } });

    // The calls, in order: head, the files at that head, its tree, one tree, one commit, the rules, the ref update.
    const sequence = server.calls.slice(3).map((call) => `${call.method} ${call.path.replace(`/repos/${OWNER}/${REPO}`, '')}`);
    expect(sequence[0]).toBe('GET /git/ref/heads/main');
    expect(sequence.slice(1, 3).sort()).toEqual([`GET /contents/${A}?ref=${oldHead}`, `GET /contents/${B}?ref=${oldHead}`].sort());
    expect(sequence.slice(3)).toEqual([`GET /git/commits/${oldHead}`, 'POST /git/trees', 'POST /git/commits', 'GET /rules/branches/main', 'PATCH /git/refs/heads/main']);
    expect(calls(server, 'POST', '/git/commits')).toHaveLength(1);
    const tree = calls(server, 'POST', '/git/trees')[0]!.body as { base_tree: string; tree: unknown[] };
    expect(tree.tree).toEqual([
      { path: B, mode: '100644', type: 'blob', content: 'activities:\n  - date: 2025-08-20\n' },
      { path: A, mode: '100644', type: 'blob', content: `${FILES[A]}  - date: 2024-04-02\n` },
    ]);
    expect(calls(server, 'PATCH', '/git/refs/heads/main')[0]!.body).toEqual({ sha: commit.sha, force: false });
  });

  /** The digests of A and B as a check would record them now. */
  const digestsNow = async (github: ContentStore) => new Map([...(await github.read([A, B]))].map(([path, text]) => [path, digestOf(text)]));
  /** A write of new text to both A and B against the given digests. */
  const writeBoth = (github: ContentStore, expected: ReadonlyMap<string, string>) =>
    github.write(
      [
        { path: A, text: 'mới' },
        { path: B, text: 'mới' },
      ],
      expected,
      { message: MESSAGE, author: AUTHOR },
    );

  it('refuses when another commit changed a file after the check: nothing written, StaleFileError names it', async () => {
    const server = await start();
    const github = store(server, { branch: 'main' });
    const expected = await digestsNow(github);
    server.pushFile(A, 'activities: [] # sửa bởi người khác\n');
    const pushed = server.head();

    const error = await writeBoth(github, expected).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleFileError);
    expect((error as StaleFileError).paths).toEqual([A]);
    expect(server.head()).toBe(pushed);
    expect(server.commits).toHaveLength(2);
    expect(server.files()[A]).toBe('activities: [] # sửa bởi người khác\n');
    expect(server.files()[B]).toBeUndefined();
    expect(writes(server)).toEqual([]);
  });

  it('a new file expected absent that appeared meanwhile is stale too; every stale file is named', async () => {
    const server = await start();
    const github = store(server, { branch: 'main' });
    const expected = await digestsNow(github);
    expect(expected.get(B)).toBe('absent');
    server.pushFile(B, 'activities: []\n');
    server.pushFile(A, 'activities: [] # khác\n');
    const error = await writeBoth(github, expected).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleFileError);
    expect((error as StaleFileError).paths).toEqual([A, B]);
    expect(writes(server)).toEqual([]);
    expect(server.files()[B]).toBe('activities: []\n');
  });

  it('when someone pushes between the check and the ref update, the branch is not moved and the officer is told to check again', async () => {
    const server = await start();
    const { fetch } = watchedFetch((method) => {
      if (method === 'PATCH') server.pushFile('README.md', '# Kho (sửa)\n');
    });
    const github = store(server, { branch: 'main', fetch });
    const expected = new Map([[B, digestOf(null)]]);
    const error = await github.write([{ path: B, text: 'mới\n' }], expected, { message: MESSAGE, author: AUTHOR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('Kiểm tra');
    expect((error as Error).message).toContain('Chưa thay đổi gì trên nhánh');
    expect(server.files()).toEqual({ ...FILES, 'README.md': '# Kho (sửa)\n' });
  });

  it('without push permission: StoreError, nothing on the branch', async () => {
    const server = await start({ canPush: false });
    const github = store(server, { branch: 'main' });
    const oldHead = server.head();
    const error = await github.write([{ path: B, text: 'mới\n' }], new Map([[B, 'absent']]), { message: MESSAGE, author: AUTHOR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('HTTP 404');
    expect((error as Error).message).toContain('Chưa ghi gì vào kho');
    expect(server.head()).toBe(oldHead);
  });

  it('a branch that takes changes only through pull requests gets a new nhap-lieu/… branch, one commit and one pull request', async () => {
    const server = await start({ requirePullRequest: true });
    const github = store(server);
    const oldHead = server.head()!;
    const expected = await digestsNow(github);
    const receipt = await github.write(
      [
        { path: A, text: 'A mới\n' },
        { path: B, text: 'B mới\n' },
      ],
      expected,
      { message: MESSAGE, author: AUTHOR },
    );

    expect(receipt.branch).toMatch(/^nhap-lieu\/20261129-143005-[0-9a-f]{6}$/);
    expect(server.head()).toBe(oldHead);
    expect(server.files()).toEqual(FILES);
    expect(server.commits).toHaveLength(2);
    const commit = server.commits[1]!;
    expect(commit.parents).toEqual([oldHead]);
    expect(server.head(receipt.branch)).toBe(commit.sha);
    expect(server.files(receipt.branch)).toEqual({ ...FILES, [A]: 'A mới\n', [B]: 'B mới\n' });
    expect(server.pulls).toHaveLength(1);
    const pull = server.pulls[0]!;
    expect(pull).toMatchObject({ base: 'main', head: receipt.branch, title: 'Nhập liệu: 2 hoạt động' });
    expect(pull.body).toContain('Từ tệp q1.xlsx, 2 tệp.');
    expect(pull.body).toContain('trang Nhập liệu');
    expect(receipt).toEqual({
      kind: 'github',
      files: [A, B],
      commit: { sha: commit.sha, url: `https://github.com/${OWNER}/${REPO}/commit/${commit.sha}` },
      branch: receipt.branch,
      pullRequest: { number: 1, url: `https://github.com/${OWNER}/${REPO}/pull/1` },
    });
    expect(calls(server, 'POST', '/git/commits')).toHaveLength(1);
    expect(calls(server, 'PATCH', '/git/refs')).toHaveLength(0);
    expect(calls(server, 'POST', '/git/refs')[0]!.body).toEqual({ ref: `refs/heads/${receipt.branch}`, sha: commit.sha });
  });

  it('classic branch protection (no rule listed, ref update refused) also takes the pull-request path', async () => {
    const server = await start({ requirePullRequest: true, protection: 'classic' });
    const github = store(server, { branch: 'main' });
    const oldHead = server.head();
    const receipt = await github.write([{ path: B, text: 'B mới\n' }], new Map([[B, 'absent']]), { message: 'Nhập liệu: 1 hoạt động', author: AUTHOR });
    expect(calls(server, 'PATCH', '/git/refs/heads/main')).toHaveLength(1);
    expect(receipt.pullRequest?.number).toBe(1);
    expect(receipt.branch).toMatch(/^nhap-lieu\//);
    expect(server.head()).toBe(oldHead);
    expect(server.commits).toHaveLength(2);
    expect(server.pulls[0]!.body).toContain('trang Nhập liệu');
  });
});

describe('githubEditor', () => {
  const editor = (server: GithubStandIn, token = TOKEN) => githubEditor({ apiUrl: server.url, token, owner: OWNER, repo: REPO });

  it('takes the author from /user and the right to write from the repository permissions', async () => {
    const server = await start({ user: { login: 'lan-nt', id: 4242, name: 'Nguyễn Thị Lan', email: 'lan@example.vn' } });
    expect(await editor(server)).toEqual({ ok: true, author: { name: 'Nguyễn Thị Lan', email: 'lan@example.vn', login: 'lan-nt' }, canWrite: true });
    expect(server.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /user', `GET /repos/${OWNER}/${REPO}`]);
  });

  it('without a public name or e-mail: the login and the no-reply address; canWrite false without push', async () => {
    const server = await start({ user: { login: 'minh', id: 77, name: null, email: null }, canPush: false });
    expect(await editor(server)).toEqual({ ok: true, author: { name: 'minh', email: '77+minh@users.noreply.github.com', login: 'minh' }, canWrite: false });
  });

  it('an expired token: ok false, sign in again', async () => {
    const server = await start();
    expect(await editor(server, 'gho_expired')).toEqual({ ok: false, reason: 'Phiên đăng nhập GitHub đã hết hạn; đăng nhập lại ở trang quản trị /keystatic' });
  });
});
