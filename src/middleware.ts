import { defineMiddleware } from 'astro:middleware';
import { cmsStorage } from './lib/env/cms-env';
import { isCmsPath, isLoopback } from './lib/env/loopback';

/**
 * In local mode the CMS writes files with no login, so it answers only to this
 * machine, even if someone starts the dev server on another address.
 */
export const onRequest = defineMiddleware((context, next) => {
  if (context.isPrerendered || !isCmsPath(context.url.pathname)) return next();
  if (cmsStorage(import.meta.env).kind === 'local' && !isLoopback(context.clientAddress)) {
    return new Response('Trình biên tập chỉ mở trên chính máy này (chế độ local). [EN] The local-mode CMS answers only to this machine.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return next();
});
