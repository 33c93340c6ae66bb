import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the few GitHub REST API calls the data desk makes
 * (src/write/github-store.ts, src/write/github-editor.ts; see
 * docs/github-contract.md), for tests: GitHub itself cannot be reached from
 * the test machines. It listens on 127.0.0.1 only, keeps an in-memory commit
 * graph, refs and pull requests, and records every call it receives.
 * It imitates GitHub's answers only as far as the stores rely on them.
 */

export interface StandInUser {
  login: string;
  id?: number;
  name?: string | null;
  email?: string | null;
}

export interface StandInOptions {
  owner: string;
  repo: string;
  /** The default branch; "main" unless told. */
  branch?: string;
  /** The files of the first commit on the branch, path → text. */
  files: Record<string, string>;
  /** The only token accepted (as "Authorization: Bearer <token>"); anything else gets 401. */
  token: string;
  user?: StandInUser;
  /** Whether the signed-in user may push to the repository (default true). */
  canPush?: boolean;
  /** The default branch takes changes only through pull requests. */
  requirePullRequest?: boolean;
  /**
   * How that protection shows: "ruleset" (default) — the branch rules endpoint
   * lists a pull_request rule; "classic" — classic branch protection, which the
   * rules endpoint does not list, so only the ref update is refused.
   */
  protection?: 'ruleset' | 'classic';
}

export interface StandInCall {
  method: string;
  /** Path with query, as received ("/repos/o/r/contents/a%20b.yaml?ref=main"). */
  path: string;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
}

export interface StandInCommit {
  sha: string;
  parents: string[];
  author: { name: string; email: string; date: string } | null;
  message: string;
  /** The commit's files, path → text. */
  tree: Record<string, string>;
}

export interface StandInPull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  html_url: string;
}

export interface GithubStandIn {
  /** The API base URL to give the store ("http://127.0.0.1:<port>"). */
  url: string;
  calls: StandInCall[];
  /** The files at a branch name or commit sha (default: the default branch). */
  files(ref?: string): Record<string, string>;
  /** The sha a branch points at, or undefined. */
  head(branch?: string): string | undefined;
  /** Every commit, in the order made (the first is the initial one). */
  commits: StandInCommit[];
  pulls: StandInPull[];
  /** Simulates another editor's commit on the default branch. */
  pushFile(path: string, text: string, message?: string): void;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');
const blobSha = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};
/** Base64 wrapped at 60 characters, as the contents API sends it. */
const wrappedBase64 = (text: string) => (Buffer.from(text, 'utf8').toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function startGithubStandIn(options: StandInOptions): Promise<GithubStandIn> {
  const { owner, repo, token } = options;
  const defaultBranch = options.branch ?? 'main';
  const user: Required<StandInUser> = { login: 'can-bo', id: 1001, name: 'Cán bộ Nhập liệu', email: null, ...options.user };
  const canPush = options.canPush ?? true;
  const protection = options.requirePullRequest ? (options.protection ?? 'ruleset') : null;
  const web = `https://github.com/${owner}/${repo}`;

  const commits = new Map<string, StandInCommit>();
  const commitList: StandInCommit[] = [];
  const trees = new Map<string, Record<string, string>>();
  const blobs = new Map<string, string>();
  const refs = new Map<string, string>(); // "heads/main" → commit sha
  const pulls: StandInPull[] = [];
  const calls: StandInCall[] = [];
  let counter = 0;

  const storeTree = (files: Record<string, string>) => {
    const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const sha = sha1(`tree ${JSON.stringify(sorted)}`);
    trees.set(sha, sorted);
    for (const text of Object.values(sorted)) blobs.set(blobSha(text), text);
    return sha;
  };
  const makeCommit = (tree: Record<string, string>, parents: string[], author: StandInCommit['author'], message: string) => {
    storeTree(tree);
    const sha = sha1(`commit ${++counter} ${JSON.stringify({ tree, parents, author, message })}`);
    const commit: StandInCommit = { sha, parents, author, message, tree: { ...tree } };
    commits.set(sha, commit);
    commitList.push(commit);
    return commit;
  };
  refs.set(`heads/${defaultBranch}`, makeCommit({ ...options.files }, [], { name: 'Stand-in', email: 'stand-in@example.invalid', date: '2026-01-01T00:00:00.000Z' }, 'Initial commit').sha);

  const resolveRef = (ref: string) => refs.get(`heads/${ref}`) ?? (commits.has(ref) ? ref : undefined);
  const treeShaOf = (commit: StandInCommit) => storeTree(commit.tree);
  const descendsFrom = (sha: string, ancestor: string): boolean => {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const next = queue.pop()!;
      if (next === ancestor) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(commits.get(next)?.parents ?? []));
    }
    return false;
  };
  const commitJson = (commit: StandInCommit) => ({
    sha: commit.sha,
    html_url: `${web}/commit/${commit.sha}`,
    tree: { sha: treeShaOf(commit) },
    parents: commit.parents.map((sha) => ({ sha, html_url: `${web}/commit/${sha}` })),
    author: commit.author,
    message: commit.message,
  });
  const requirePush = () => {
    if (!canPush) throw new HttpError(404, 'Not Found');
  };

  function handle(method: string, url: URL, body: unknown): { status: number; json: unknown } {
    const segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
    if (method === 'GET' && url.pathname === '/user') return { status: 200, json: { login: user.login, id: user.id, name: user.name, email: user.email, type: 'User' } };
    if (segments[0] !== 'repos' || segments[1] !== owner || segments[2] !== repo) throw new HttpError(404, 'Not Found');
    const rest = segments.slice(3);
    const route = `${method} ${rest.slice(0, 2).join('/')}`;

    if (method === 'GET' && rest.length === 0) {
      return {
        status: 200,
        json: { full_name: `${owner}/${repo}`, default_branch: defaultBranch, permissions: { admin: false, maintain: false, push: canPush, triage: canPush, pull: true } },
      };
    }
    if (method === 'GET' && rest[0] === 'contents') {
      const path = rest.slice(1).join('/');
      const ref = url.searchParams.get('ref') ?? defaultBranch;
      const sha = resolveRef(ref);
      if (sha === undefined) throw new HttpError(404, `No commit found for the ref ${ref}`);
      const files = commits.get(sha)!.tree;
      const text = files[path];
      if (text !== undefined) {
        return { status: 200, json: { type: 'file', encoding: 'base64', size: Buffer.byteLength(text), name: path.split('/').pop(), path, sha: blobSha(text), content: wrappedBase64(text) } };
      }
      const inside = Object.keys(files).filter((file) => file.startsWith(`${path}/`));
      if (inside.length > 0) return { status: 200, json: [...new Set(inside.map((file) => file.slice(path.length + 1).split('/')[0]!))].map((name) => ({ name, path: `${path}/${name}` })) };
      throw new HttpError(404, 'Not Found');
    }
    if (method === 'GET' && rest[0] === 'git' && rest[1] === 'blobs' && rest.length === 3) {
      const text = blobs.get(rest[2]!);
      if (text === undefined) throw new HttpError(404, 'Not Found');
      return { status: 200, json: { sha: rest[2], encoding: 'base64', content: wrappedBase64(text), size: Buffer.byteLength(text) } };
    }
    if (method === 'GET' && route === 'GET git/ref' && rest[2] === 'heads') {
      const name = rest.slice(3).join('/');
      const sha = refs.get(`heads/${name}`);
      if (sha === undefined) throw new HttpError(404, 'Not Found');
      return { status: 200, json: { ref: `refs/heads/${name}`, object: { sha, type: 'commit' } } };
    }
    if (method === 'GET' && route === 'GET git/commits' && rest.length === 3) {
      const commit = commits.get(rest[2]!);
      if (commit === undefined) throw new HttpError(404, 'Not Found');
      return { status: 200, json: commitJson(commit) };
    }
    if (method === 'GET' && route === 'GET rules/branches') {
      const name = rest.slice(2).join('/');
      const rules = protection === 'ruleset' && name === defaultBranch ? [{ type: 'pull_request', ruleset_source_type: 'Repository', ruleset_source: `${owner}/${repo}`, ruleset_id: 1, parameters: { required_approving_review_count: 1 } }] : [];
      return { status: 200, json: rules };
    }
    if (method === 'POST' && route === 'POST git/trees') {
      requirePush();
      if (!isRecord(body) || !Array.isArray(body['tree'])) throw new HttpError(422, 'Invalid request: tree is required');
      const baseSha = body['base_tree'];
      const base = typeof baseSha === 'string' ? trees.get(baseSha) : {};
      if (base === undefined) throw new HttpError(422, 'base_tree is not a valid tree');
      const files = { ...base };
      for (const entry of body['tree'] as unknown[]) {
        if (!isRecord(entry) || typeof entry['path'] !== 'string' || entry['mode'] !== '100644' || entry['type'] !== 'blob') throw new HttpError(422, 'Invalid tree entry');
        const path = entry['path'];
        if (path === '' || path.startsWith('/') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new HttpError(422, `Invalid path ${path}`);
        if (typeof entry['content'] === 'string') files[path] = entry['content'];
        else if (entry['sha'] === null) delete files[path];
        else if (typeof entry['sha'] === 'string' && blobs.has(entry['sha'])) files[path] = blobs.get(entry['sha'])!;
        else throw new HttpError(422, 'Invalid tree entry: content or sha required');
      }
      const sha = storeTree(files);
      return { status: 201, json: { sha, tree: Object.keys(trees.get(sha)!).map((path) => ({ path, mode: '100644', type: 'blob' })) } };
    }
    if (method === 'POST' && route === 'POST git/commits') {
      requirePush();
      if (!isRecord(body) || typeof body['message'] !== 'string' || typeof body['tree'] !== 'string' || !Array.isArray(body['parents'])) throw new HttpError(422, 'Invalid request');
      const tree = trees.get(body['tree']);
      if (tree === undefined) throw new HttpError(422, 'Tree SHA does not exist');
      const parents = (body['parents'] as unknown[]).map(String);
      if (parents.some((sha) => !commits.has(sha))) throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
      const author = body['author'];
      let who: StandInCommit['author'] = { name: user.name ?? user.login, email: user.email ?? `${user.id}+${user.login}@users.noreply.github.com`, date: new Date().toISOString() };
      if (author !== undefined) {
        if (!isRecord(author) || typeof author['name'] !== 'string' || typeof author['email'] !== 'string') throw new HttpError(422, 'Invalid author');
        who = { name: author['name'], email: author['email'], date: typeof author['date'] === 'string' ? author['date'] : who.date };
      }
      return { status: 201, json: commitJson(makeCommit(tree, parents, who, body['message'])) };
    }
    if (method === 'PATCH' && route === 'PATCH git/refs' && rest[2] === 'heads') {
      requirePush();
      const name = rest.slice(3).join('/');
      const current = refs.get(`heads/${name}`);
      if (current === undefined) throw new HttpError(422, 'Reference does not exist');
      if (!isRecord(body) || typeof body['sha'] !== 'string') throw new HttpError(422, 'Invalid request: sha is required');
      if (!commits.has(body['sha'])) throw new HttpError(422, 'Object does not exist');
      if (protection !== null && name === defaultBranch) {
        throw new HttpError(422, protection === 'ruleset' ? 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n' : `Protected branch update failed for refs/heads/${name}.`);
      }
      if (body['force'] !== true && !descendsFrom(body['sha'], current)) throw new HttpError(422, 'Update is not a fast forward');
      refs.set(`heads/${name}`, body['sha']);
      return { status: 200, json: { ref: `refs/heads/${name}`, object: { sha: body['sha'], type: 'commit' } } };
    }
    if (method === 'POST' && route === 'POST git/refs' && rest.length === 2) {
      requirePush();
      if (!isRecord(body) || typeof body['ref'] !== 'string' || typeof body['sha'] !== 'string') throw new HttpError(422, 'Invalid request');
      const ref = body['ref'];
      if (!/^refs\/heads\/[^\s~^:?*[\\]+$/.test(ref) || ref.includes('..')) throw new HttpError(422, `${ref} is not a valid ref name.`);
      if (refs.has(ref.slice('refs/'.length))) throw new HttpError(422, 'Reference already exists');
      if (!commits.has(body['sha'])) throw new HttpError(422, 'Object does not exist');
      refs.set(ref.slice('refs/'.length), body['sha']);
      return { status: 201, json: { ref, object: { sha: body['sha'], type: 'commit' } } };
    }
    if (method === 'POST' && route === 'POST pulls' && rest.length === 1) {
      requirePush();
      if (!isRecord(body) || typeof body['title'] !== 'string' || typeof body['head'] !== 'string' || typeof body['base'] !== 'string') throw new HttpError(422, 'Validation Failed');
      const head = refs.get(`heads/${body['head']}`);
      const base = refs.get(`heads/${body['base']}`);
      if (head === undefined || base === undefined) throw new HttpError(422, 'Validation Failed');
      if (head === base) throw new HttpError(422, `No commits between ${body['base']} and ${body['head']}`);
      const number = pulls.length + 1;
      const pull: StandInPull = { number, title: body['title'], body: typeof body['body'] === 'string' ? body['body'] : '', head: body['head'], base: body['base'], html_url: `${web}/pull/${number}` };
      pulls.push(pull);
      return { status: 201, json: { number, html_url: pull.html_url, title: pull.title, body: pull.body, head: { ref: pull.head, sha: head }, base: { ref: pull.base, sha: base } } };
    }
    throw new HttpError(404, 'Not Found');
  }

  const respond = (response: ServerResponse, status: number, json: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(json));
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const method = request.method ?? 'GET';
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      let badJson = false;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
          badJson = true;
        }
      }
      calls.push({ method, path: request.url ?? '/', body });
      if (request.headers.authorization !== `Bearer ${token}`) return respond(response, 401, { message: 'Bad credentials', status: '401' });
      if (badJson) return respond(response, 400, { message: 'Problems parsing JSON' });
      try {
        const { status, json } = handle(method, new URL(request.url ?? '/', 'http://127.0.0.1'), body);
        respond(response, status, json);
      } catch (error) {
        if (error instanceof HttpError) respond(response, error.status, { message: error.message, status: String(error.status) });
        else respond(response, 500, { message: `Stand-in error: ${String(error)}` });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    files(ref = defaultBranch) {
      const sha = resolveRef(ref);
      if (sha === undefined) throw new Error(`Stand-in: no branch or commit ${ref}`);
      return { ...commits.get(sha)!.tree };
    },
    head: (branch = defaultBranch) => refs.get(`heads/${branch}`),
    commits: commitList,
    pulls,
    pushFile(path, text, message = `Update ${path}`) {
      const head = refs.get(`heads/${defaultBranch}`)!;
      const commit = makeCommit({ ...commits.get(head)!.tree, [path]: text }, [head], { name: 'Người khác', email: 'nguoi-khac@example.invalid', date: new Date().toISOString() }, message);
      refs.set(`heads/${defaultBranch}`, commit.sha);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
