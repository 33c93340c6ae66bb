import type { AstroGlobal } from 'astro';
import { crossSiteRefusal } from './guard';
import { deskSession, GITHUB_TOKEN_COOKIE, type DeskRefused, type DeskReady } from './session';

/** The desk session for a page or endpoint of the editing app (environment, sign-in cookie). */
export function sessionFor(astro: Pick<AstroGlobal, 'cookies'>): Promise<DeskReady | DeskRefused> {
  return deskSession({ env: { ...process.env, ...import.meta.env }, token: astro.cookies.get(GITHUB_TOKEN_COOKIE)?.value });
}

/** A form post's refusal when it comes from another site, else null. */
export const postRefusal = (request: Request): DeskRefused | null => {
  const message = crossSiteRefusal(request);
  return message === null ? null : { ok: false, status: 403, message };
};
