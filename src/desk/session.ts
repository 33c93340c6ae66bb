import { projectRoot } from '../data/context';
import { isoDateIn } from '../lib/calendar/dates';
import { cmsStorage, type Env } from '../lib/env/cms-env';
import { routes } from '../lib/routes';
import { importRules, type ImportRules } from '../write/activity-import';
import type { Author, ContentStore } from '../write/content-store';
import { githubEditor } from '../write/github-editor';
import { githubStore } from '../write/github-store';
import { localStore } from '../write/local-store';

/** The cookie Keystatic's GitHub sign-in sets in the editor's browser. */
export const GITHUB_TOKEN_COOKIE = 'keystatic-gh-access-token';

export interface DeskReady {
  ok: true;
  mode: 'local' | 'github';
  store: ContentStore;
  author: Author;
  /** Who and where, for the page: "ghi vào các tệp trên máy này". */
  where: string;
  rules: ImportRules;
  today: string;
}

export interface DeskRefused {
  ok: false;
  status: 401 | 403 | 502;
  message: string;
  /** Where to sign in, when that is the fix. */
  signIn?: string;
}

export interface DeskInput {
  env: Env;
  /** The value of the Keystatic GitHub sign-in cookie, if any. */
  token: string | undefined;
  root?: string;
  now?: Date;
  fetch?: typeof fetch;
}

/**
 * Who may use the desk and where it writes. Local mode: this machine's files
 * (the middleware already refuses any address but this machine's). GitHub
 * mode: only an editor signed in through the CMS whose GitHub account may
 * push to the repository; each write is a commit authored by them.
 */
export async function deskSession(input: DeskInput): Promise<DeskReady | DeskRefused> {
  const root = input.root ?? projectRoot();
  // The clock per request, not per process: the editing server runs for days.
  const today = isoDateIn(input.now ?? new Date());
  const storage = cmsStorage(input.env);
  const rules = importRules(root, today);
  if (storage.kind === 'local') {
    return { ok: true, mode: 'local', store: localStore(root), author: { name: 'Cán bộ nhập liệu (máy này)', email: 'local' }, where: 'ghi vào các tệp trên máy này (chế độ local)', rules, today };
  }
  if (!input.token) {
    return { ok: false, status: 401, message: 'Cần đăng nhập bằng tài khoản GitHub trong trang quản trị trước khi nhập liệu.', signIn: routes.editing.cms };
  }
  const apiUrl = typeof input.env.GITHUB_API_URL === 'string' && input.env.GITHUB_API_URL !== '' ? input.env.GITHUB_API_URL : 'https://api.github.com';
  const { owner, name } = storage.repo;
  const editor = await githubEditor({ apiUrl, token: input.token, owner, repo: name, ...(input.fetch ? { fetch: input.fetch } : {}) });
  if (!editor.ok) return { ok: false, status: 401, message: editor.reason, signIn: routes.editing.cms };
  if (!editor.canWrite) {
    return { ok: false, status: 403, message: `Tài khoản ${editor.author.login ?? editor.author.name} chưa có quyền ghi vào kho ${owner}/${name}. Nhờ người quản trị kho cấp quyền ghi (write).` };
  }
  const store = githubStore({ apiUrl, token: input.token, owner, repo: name, ...(input.fetch ? { fetch: input.fetch } : {}) });
  return { ok: true, mode: 'github', store, author: editor.author, where: `${store.description}, với tên ${editor.author.login ?? editor.author.name}`, rules, today };
}
