import { describe, expect, it } from 'vitest';
import { assertGithubSecrets, cmsStorage } from './cms-env';

describe('cmsStorage', () => {
  it('defaults to local files', () => {
    expect(cmsStorage({})).toEqual({ kind: 'local' });
  });

  it('reads the GitHub repository', () => {
    expect(
      cmsStorage({ PUBLIC_KEYSTATIC_STORAGE: 'github', PUBLIC_KEYSTATIC_GITHUB_REPO: 'so-ld/tai-lieu' }),
    ).toEqual({ kind: 'github', repo: { owner: 'so-ld', name: 'tai-lieu' } });
  });

  it('refuses GitHub mode without a well-formed repository, in Vietnamese first', () => {
    expect(() => cmsStorage({ PUBLIC_KEYSTATIC_STORAGE: 'github' })).toThrow(/^Chế độ GitHub cần PUBLIC_KEYSTATIC_GITHUB_REPO/);
    expect(() => cmsStorage({ PUBLIC_KEYSTATIC_STORAGE: 'github', PUBLIC_KEYSTATIC_GITHUB_REPO: 'no-slash' })).toThrow();
  });

  it('refuses an unknown kind', () => {
    expect(() => cmsStorage({ PUBLIC_KEYSTATIC_STORAGE: 'cloud' })).toThrow('"cloud"');
  });
});

describe('assertGithubSecrets', () => {
  it('names every missing secret at once', () => {
    expect(() => assertGithubSecrets({ KEYSTATIC_SECRET: 'x'.repeat(40) })).toThrow(
      'KEYSTATIC_GITHUB_CLIENT_ID, KEYSTATIC_GITHUB_CLIENT_SECRET',
    );
  });

  it('refuses a short session secret', () => {
    expect(() =>
      assertGithubSecrets({ KEYSTATIC_GITHUB_CLIENT_ID: 'a', KEYSTATIC_GITHUB_CLIENT_SECRET: 'b', KEYSTATIC_SECRET: 'short' }),
    ).toThrow('32');
  });

  it('accepts a complete set', () => {
    expect(() =>
      assertGithubSecrets({ KEYSTATIC_GITHUB_CLIENT_ID: 'a', KEYSTATIC_GITHUB_CLIENT_SECRET: 'b', KEYSTATIC_SECRET: 'x'.repeat(32) }),
    ).not.toThrow();
  });
});
