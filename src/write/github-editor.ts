import { StoreError, type Author } from './content-store';
import { githubApi } from './github-store';

export type GithubEditor = { ok: true; author: Author; canWrite: boolean } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export const EXPIRED_SESSION = 'Phiên đăng nhập GitHub đã hết hạn; đăng nhập lại ở trang quản trị /keystatic';

/**
 * Who the signed-in editor is (GET /user) and whether they may write to the
 * repository (GET /repos/{owner}/{repo}: permissions push, maintain or admin).
 * The author is the commit author of their writes; a user with no public
 * e-mail gets GitHub's no-reply address, so the commit is still theirs.
 * Reasons are in Vietnamese, for the officer.
 */
export async function githubEditor(options: { apiUrl: string; token: string; owner: string; repo: string; fetch?: typeof fetch | undefined }): Promise<GithubEditor> {
  const api = githubApi(options);
  try {
    const me = await api.call('GET', '/user');
    if (me.status === 401) return { ok: false, reason: EXPIRED_SESSION };
    if (!me.ok) throw api.failure('GET', '/user', me);
    const user = isRecord(me.body) ? me.body : {};
    const login = text(user['login']);
    const id = typeof user['id'] === 'number' || typeof user['id'] === 'string' ? String(user['id']) : undefined;
    if (login === undefined || id === undefined) return { ok: false, reason: 'GitHub trả về thông tin tài khoản không như mong đợi (thiếu tên đăng nhập); đăng nhập lại ở trang quản trị /keystatic.' };
    const author: Author = {
      name: text(user['name']) ?? login,
      email: text(user['email']) ?? `${id}+${login}@users.noreply.github.com`,
      login,
    };

    const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
    const repo = await api.call('GET', repoPath);
    if (repo.status === 401) return { ok: false, reason: EXPIRED_SESSION };
    if (repo.status === 404) {
      return { ok: false, reason: `Tài khoản GitHub ${login} không thấy kho ${options.owner}/${options.repo} (kho không tồn tại hoặc tài khoản chưa được cấp quyền với kho).` };
    }
    if (!repo.ok) throw api.failure('GET', repoPath, repo);
    const permissions = isRecord(repo.body) && isRecord(repo.body['permissions']) ? repo.body['permissions'] : {};
    const canWrite = permissions['push'] === true || permissions['maintain'] === true || permissions['admin'] === true;
    return { ok: true, author, canWrite };
  } catch (error) {
    if (error instanceof StoreError) return { ok: false, reason: error.message };
    throw error;
  }
}
