import { randomBytes } from 'node:crypto';
import { digestOf, StaleFileError, StoreError, type Author, type ContentStore, type FileChange, type WriteReceipt } from './content-store';

/**
 * The GitHub repository as a content store (the editing server): files are
 * read through the contents API and a write is ONE commit, authored by the
 * signed-in editor, made with the Git data API and put on the branch by a
 * fast-forward-only ref update — or, when the branch takes changes only
 * through pull requests, on a new branch "nhap-lieu/…" with a pull request.
 * The calls, their order and what counts as stale: docs/github-contract.md.
 */

export interface GithubStoreOptions {
  /** The REST API base, e.g. "https://api.github.com" (env GITHUB_API_URL); a trailing "/" is ignored. */
  apiUrl: string;
  /** The signed-in editor's token; sent only in the Authorization header, never in a message. */
  token: string;
  owner: string;
  repo: string;
  /** The branch to read and write; the repository's default branch when not given. */
  branch?: string | undefined;
  fetch?: typeof fetch | undefined;
  /** The clock, for the commit date and the pull-request branch name. */
  now?: (() => Date) | undefined;
}

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

const API_VERSION = '2022-11-28';
const USER_AGENT = 'hung-yen-phong-chong-mai-dam-data-desk';
const TIMEOUT_MS = 30_000;
/** How many files are read from GitHub at once. */
const READ_CONCURRENCY = 6;

/** Each path segment URI-encoded, "/" kept. */
export const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** GitHub's own error text from an answer body ("Not Found", "Bad credentials"), shortened. */
function githubMessage(body: unknown): string {
  const message = isRecord(body) && typeof body['message'] === 'string' ? body['message'] : typeof body === 'string' ? body : '';
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

const STATUS_HINTS: Record<number, string> = {
  401: 'Mã truy cập GitHub không hợp lệ hoặc phiên đăng nhập đã hết hạn; đăng nhập lại ở trang quản trị /keystatic.',
  403: 'Tài khoản GitHub không có quyền làm việc này, hoặc đã gửi quá nhiều yêu cầu; thử lại sau ít phút hoặc nhờ quản trị viên kiểm tra quyền.',
  404: 'GitHub không tìm thấy (kho, nhánh hoặc tệp không tồn tại, hoặc tài khoản không có quyền với kho).',
  409: 'Kho GitHub đang ở trạng thái không cho ghi (ví dụ kho trống hoặc đang xung đột).',
  422: 'GitHub không chấp nhận dữ liệu gửi lên.',
  429: 'Đã gửi quá nhiều yêu cầu tới GitHub; thử lại sau ít phút.',
};

export interface GithubAnswer {
  status: number;
  ok: boolean;
  body: unknown;
}

export interface GithubApi {
  /** Any answer, 2xx or not; StoreError only when GitHub cannot be reached. */
  call(method: string, path: string, body?: unknown): Promise<GithubAnswer>;
  /** The body of a 2xx answer; otherwise StoreError naming the status and the path. */
  json(method: string, path: string, body?: unknown): Promise<unknown>;
  /** The StoreError for an answer that was not expected. */
  failure(method: string, path: string, answer: GithubAnswer): StoreError;
}

/** The REST client both the store and githubEditor use: headers, timeout, errors in Vietnamese. */
export function githubApi(options: { apiUrl: string; token: string; fetch?: typeof fetch | undefined }): GithubApi {
  const base = options.apiUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const host = (() => {
    try {
      return new URL(base).host;
    } catch {
      return base;
    }
  })();
  const unreachable = (error: unknown) => {
    const cause = error instanceof Error && isRecord(error.cause) ? error.cause : undefined;
    const detail =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
        ? `hết ${TIMEOUT_MS / 1000} giây chờ`
        : typeof cause?.['code'] === 'string'
          ? cause['code']
          : error instanceof Error
            ? error.message
            : String(error);
    return new StoreError(`Không kết nối được GitHub (${host}: ${detail}). Kiểm tra mạng của máy chủ rồi thử lại.`);
  };
  const failure = (method: string, path: string, answer: GithubAnswer) => {
    const said = githubMessage(answer.body);
    const hint = STATUS_HINTS[answer.status] ?? (answer.status >= 500 ? 'GitHub đang gặp sự cố; thử lại sau ít phút.' : '');
    return new StoreError(`GitHub trả lỗi HTTP ${answer.status} cho ${method} ${path}${said ? ` («${said}»)` : ''}. ${hint}`.trim());
  };
  const call = async (method: string, path: string, body?: unknown): Promise<GithubAnswer> => {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${options.token}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': API_VERSION,
      'User-Agent': USER_AGENT,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
    try {
      const response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        // Not JSON (a proxy's error page): kept as text for the message.
      }
      return { status: response.status, ok: response.ok, body: parsed };
    } catch (error) {
      throw unreachable(error);
    }
  };
  return {
    call,
    failure,
    async json(method, path, body) {
      const answer = await call(method, path, body);
      if (!answer.ok) throw failure(method, path, answer);
      return answer.body;
    },
  };
}

/** A string field of an answer, or StoreError (GitHub answered something this code does not understand). */
function field(body: unknown, path: string, ...keys: string[]): string {
  let value: unknown = body;
  for (const key of keys) value = isRecord(value) ? value[key] : undefined;
  if (typeof value !== 'string' && typeof value !== 'number') throw new StoreError(`GitHub trả về dữ liệu không như mong đợi cho ${path} (thiếu ${keys.join('.')}).`);
  return String(value);
}

async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** "20261129-143005" in Việt Nam time (UTC+7, no daylight saving). */
function vietnamStamp(date: Date): string {
  const t = new Date(date.getTime() + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}${two(t.getUTCMonth() + 1)}${two(t.getUTCDate())}-${two(t.getUTCHours())}${two(t.getUTCMinutes())}${two(t.getUTCSeconds())}`;
}

const PROTECTED_REFUSAL = /protected branch|must be made through a pull request|repository rule violation/i;
const NOT_FAST_FORWARD = /not a fast[- ]forward/i;

export function githubStore(options: GithubStoreOptions): ContentStore {
  const { owner, repo } = options;
  const api = githubApi(options);
  const now = options.now ?? (() => new Date());
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  let knownBranch = options.branch;
  let branchLookup: Promise<string> | undefined;

  const branchName = (): Promise<string> => {
    if (knownBranch !== undefined) return Promise.resolve(knownBranch);
    branchLookup ??= api.json('GET', repoPath).then(
      (body) => (knownBranch = field(body, repoPath, 'default_branch')),
      (error: unknown) => {
        branchLookup = undefined; // try again next time
        throw error;
      },
    );
    return branchLookup;
  };

  /** A file's text at a branch or commit; null when it does not exist there. */
  const readAt = async (path: string, ref: string): Promise<string | null> => {
    const apiPath = `${repoPath}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const answer = await api.call('GET', apiPath);
    if (answer.status === 404) {
      // A missing ref is an error, not a missing file.
      if (/no commit found/i.test(githubMessage(answer.body))) throw api.failure('GET', apiPath, answer);
      return null;
    }
    if (!answer.ok) throw api.failure('GET', apiPath, answer);
    const body = answer.body;
    if (!isRecord(body) || body['type'] !== 'file') throw new StoreError(`"${path}" trên GitHub không phải là một tệp (có thể là thư mục); không đọc được.`);
    let content = typeof body['content'] === 'string' ? body['content'] : '';
    if (body['encoding'] !== 'base64') {
      // Files over 1 MB come without content: read the blob.
      const blobPath = `${repoPath}/git/blobs/${encodeURIComponent(field(body, apiPath, 'sha'))}`;
      const blob = await api.json('GET', blobPath);
      content = field(blob, blobPath, 'content');
    }
    return Buffer.from(content, 'base64').toString('utf8');
  };

  const openPullRequest = async (branch: string, commit: { sha: string; url: string }, files: string[], message: string, author: Author): Promise<WriteReceipt> => {
    const refsPath = `${repoPath}/git/refs`;
    const newBranch = async (attempt: number): Promise<string> => {
      const name = `nhap-lieu/${vietnamStamp(now())}-${randomBytes(3).toString('hex')}`;
      const answer = await api.call('POST', refsPath, { ref: `refs/heads/${name}`, sha: commit.sha });
      if (answer.ok) return name;
      // Two writes in the same second with the same random part: try another name.
      if (answer.status === 422 && /already exists/i.test(githubMessage(answer.body)) && attempt < 2) return newBranch(attempt + 1);
      throw api.failure('POST', refsPath, answer);
    };
    const head = await newBranch(0);
    const lines = message.split(/\r?\n/);
    const title = lines[0]!.trim() || 'Nhập liệu hoạt động';
    const rest = lines.slice(1).join('\n').trim();
    const who = author.login ? `${author.name} (@${author.login})` : author.name;
    const note = `Yêu cầu hợp nhất này do trang Nhập liệu (/nhap-lieu/) tạo thay cho ${who}, vì nhánh ${branch} chỉ nhận thay đổi qua yêu cầu hợp nhất (pull request).`;
    try {
      const pullsPath = `${repoPath}/pulls`;
      const pull = await api.json('POST', pullsPath, { title, head, base: branch, body: rest ? `${rest}\n\n${note}` : note });
      return { kind: 'github', files, commit, branch: head, pullRequest: { number: Number(field(pull, pullsPath, 'number')), url: field(pull, pullsPath, 'html_url') } };
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      throw new StoreError(`Đã đưa thay đổi lên nhánh mới ${head} của kho GitHub nhưng không mở được yêu cầu hợp nhất vào ${branch}: ${error.message} Nhờ quản trị viên mở yêu cầu hợp nhất cho nhánh này.`);
    }
  };

  return {
    kind: 'github',
    get description() {
      return `kho GitHub ${owner}/${repo}, nhánh ${knownBranch ?? 'mặc định'}`;
    },

    async read(paths) {
      const ref = await branchName();
      const unique = [...new Set(paths)];
      const texts = await mapLimit(unique, READ_CONCURRENCY, (path) => readAt(path, ref));
      const byPath = new Map(unique.map((path, i) => [path, texts[i]!]));
      return new Map(paths.map((path) => [path, byPath.get(path)!]));
    },

    async write(changes: readonly FileChange[], expected: ReadonlyMap<string, string>, { message, author }): Promise<WriteReceipt> {
      // The last change of a path wins, as it would on disk.
      const byPath = new Map(changes.map((change) => [change.path, change.text]));
      const paths = [...byPath.keys()];
      const files = [...paths].sort();
      if (paths.length === 0) return { kind: 'github', files };
      const branch = await branchName();
      const branchRef = `heads/${encodePath(branch)}`;

      let commit: { sha: string; url: string };
      try {
        // (1) The branch head now.
        const refPath = `${repoPath}/git/ref/${branchRef}`;
        const head = field(await api.json('GET', refPath), refPath, 'object', 'sha');

        // (2) Every changed file at that head must still be what the officer checked.
        const current = await mapLimit(paths, READ_CONCURRENCY, (path) => readAt(path, head));
        const stale = paths.filter((path, i) => digestOf(current[i]!) !== expected.get(path));
        if (stale.length > 0) throw new StaleFileError(stale);

        // (3) One tree on top of the head's, one commit by the editor.
        const headPath = `${repoPath}/git/commits/${encodeURIComponent(head)}`;
        const baseTree = field(await api.json('GET', headPath), headPath, 'tree', 'sha');
        const treesPath = `${repoPath}/git/trees`;
        const tree = field(
          await api.json('POST', treesPath, { base_tree: baseTree, tree: paths.map((path) => ({ path, mode: '100644', type: 'blob', content: byPath.get(path)! })) }),
          treesPath,
          'sha',
        );
        if (tree === baseTree) return { kind: 'github', files }; // every file already holds that text
        const commitsPath = `${repoPath}/git/commits`;
        const made = await api.json('POST', commitsPath, { message, tree, parents: [head], author: { name: author.name, email: author.email, date: now().toISOString() } });
        const sha = field(made, commitsPath, 'sha');
        const htmlUrl = isRecord(made) && typeof made['html_url'] === 'string' ? made['html_url'] : `https://github.com/${owner}/${repo}/commit/${sha}`;
        commit = { sha, url: htmlUrl };
      } catch (error) {
        if (error instanceof StoreError) throw new StoreError(`${error.message} Chưa ghi gì vào kho.`);
        throw error;
      }

      // (4) Does the branch take changes only through pull requests?
      const rulesPath = `${repoPath}/rules/branches/${encodePath(branch)}`;
      const rules = await api.call('GET', rulesPath);
      if (!rules.ok && rules.status !== 404) throw new StoreError(`${api.failure('GET', rulesPath, rules).message} Chưa thay đổi gì trên nhánh ${branch}.`);
      const needsPullRequest = rules.ok && Array.isArray(rules.body) && rules.body.some((rule) => isRecord(rule) && rule['type'] === 'pull_request');
      if (needsPullRequest) return openPullRequest(branch, commit, files, message, author);

      // (5) Move the branch to the commit, fast-forward only.
      const updatePath = `${repoPath}/git/refs/${branchRef}`;
      const update = await api.call('PATCH', updatePath, { sha: commit.sha, force: false });
      if (update.ok) return { kind: 'github', files, commit };
      const said = githubMessage(update.body);
      if ([403, 409, 422].includes(update.status) && PROTECTED_REFUSAL.test(said)) return openPullRequest(branch, commit, files, message, author);
      if (update.status === 422 && NOT_FAST_FORWARD.test(said)) {
        throw new StoreError(
          `Kho GitHub ${owner}/${repo} vừa có thay đổi khác trên nhánh ${branch} trong lúc ghi (có người vừa ghi vào). Chưa thay đổi gì trên nhánh; hãy bấm "Kiểm tra" lại.`,
        );
      }
      throw new StoreError(`${api.failure('PATCH', updatePath, update).message} Chưa thay đổi gì trên nhánh ${branch}.`);
    },
  };
}
