/**
 * Where the CMS saves: "local" (files on this machine, for development and
 * for an officer's own computer) or "github" (each save is a commit, for the
 * production editing server). Read from environment variables passed in.
 */
export type CmsStorage = { kind: 'local' } | { kind: 'github'; repo: { owner: string; name: string } };

export type Env = Record<string, string | boolean | undefined>;

/** Thrown when the environment is incomplete; the message says what to set (vi + en). */
export class CmsEnvError extends Error {}

const REPO_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Public settings (also needed by the admin UI in the browser). */
export function cmsStorage(env: Env): CmsStorage {
  const kind = env.PUBLIC_KEYSTATIC_STORAGE ?? 'local';
  if (kind === 'local') return { kind: 'local' };
  if (kind !== 'github') {
    throw new CmsEnvError(
      `PUBLIC_KEYSTATIC_STORAGE phải là "local" hoặc "github" (đang là "${String(kind)}"). ` +
        `[EN] PUBLIC_KEYSTATIC_STORAGE must be "local" or "github".`,
    );
  }
  const repo = env.PUBLIC_KEYSTATIC_GITHUB_REPO;
  if (typeof repo !== 'string' || !REPO_PATTERN.test(repo)) {
    throw new CmsEnvError(
      'Chế độ GitHub cần PUBLIC_KEYSTATIC_GITHUB_REPO dạng "chủ-sở-hữu/tên-kho", ví dụ "so-vhttdl/phong-chong-mai-dam". ' +
        '[EN] GitHub mode needs PUBLIC_KEYSTATIC_GITHUB_REPO as "owner/name".',
    );
  }
  const [owner = '', name = ''] = repo.split('/');
  return { kind: 'github', repo: { owner, name } };
}

const GITHUB_SECRETS = ['KEYSTATIC_GITHUB_CLIENT_ID', 'KEYSTATIC_GITHUB_CLIENT_SECRET', 'KEYSTATIC_SECRET'] as const;

/** Server-side secrets the GitHub mode needs; lists every missing one at once. */
export function assertGithubSecrets(env: Env): void {
  const missing = GITHUB_SECRETS.filter((key) => typeof env[key] !== 'string' || env[key] === '');
  if (missing.length > 0) {
    throw new CmsEnvError(
      `Chế độ GitHub thiếu biến môi trường: ${missing.join(', ')} (xem README, mục "How editors work"). ` +
        `[EN] GitHub mode is missing: ${missing.join(', ')} (see README).`,
    );
  }
  const secret = env.KEYSTATIC_SECRET;
  if (typeof secret === 'string' && secret.length < 32) {
    throw new CmsEnvError(
      'KEYSTATIC_SECRET phải dài ít nhất 32 ký tự ngẫu nhiên. [EN] KEYSTATIC_SECRET must be at least 32 random characters.',
    );
  }
}
