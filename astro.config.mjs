// @ts-check
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import keystatic from '@keystatic/astro';
import { realpathSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { searchForWorkspaceRoot } from 'vite';
import { dataDesk } from './src/desk/integration.ts';
import { keystaticVietnamese } from './src/cms/keystatic/vite-plugin.ts';
import { assertGithubSecrets, cmsStorage } from './src/lib/env/cms-env.ts';

/**
 * Three ways to run, one config:
 * - `astro dev`: site + CMS (Keystatic, local files) on 127.0.0.1 only.
 * - `astro build` (public site): static files, no CMS route or API in the output.
 * - `CMS_SERVER=1 astro build`: the editing server (Node) in GitHub mode, see README.
 */
const cmsServer = process.env.CMS_SERVER === '1';
if (cmsServer) {
  // The editing server must save to GitHub with complete credentials; stop early, naming what is missing.
  if (cmsStorage(process.env).kind !== 'github') {
    throw new Error('CMS_SERVER=1 cần PUBLIC_KEYSTATIC_STORAGE=github (xem README). [EN] CMS_SERVER=1 needs GitHub mode.');
  }
  assertGithubSecrets(process.env);
}
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** Keystatic only where editing happens: the dev server or the editing server build. */
function cmsWhenEditing() {
  const integration = keystatic();
  return {
    name: 'cms-when-editing',
    hooks: {
      /** @param {any} params */
      'astro:config:setup': (params) => {
        if (params.command === 'dev' || cmsServer) {
          integration.hooks['astro:config:setup']?.(params);
          params.updateConfig({ vite: keystaticVietnamese() });
        }
      },
    },
  };
}

export default defineConfig({
  site,
  // 'ignore': Keystatic's admin calls /api/keystatic/… without a trailing slash.
  trailingSlash: 'ignore',
  output: 'static',
  ...(cmsServer ? { adapter: node({ mode: 'standalone' }) } : {}),
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [
    react(),
    cmsWhenEditing(),
    // Nhập liệu (/nhap-lieu/): the officers' data desk, beside the CMS and only where it is.
    dataDesk({ enabled: (command) => command === 'dev' || cmsServer }),
    sitemap({ filter: (page) => !page.includes('/keystatic') && !page.includes('/nhap-lieu') }),
  ],
  // Inline every stylesheet: no render-blocking request on a cheap phone's first visit (about 3 KB gzipped a page).
  build: { inlineStylesheets: 'always' },
  // Content-Security-Policy as a <meta> on every public page, with hashes for inline styles and
  // scripts, so any static host enforces it; public/_headers adds what a meta tag cannot.
  // The editing server leaves it off: the Keystatic admin injects styles at run time.
  ...(cmsServer
    ? {}
    : {
        security: {
          csp: {
            directives: [
              "default-src 'self'",
              "img-src 'self' data:",
              "font-src 'self'",
              "connect-src 'self'",
              // The service worker (dist/sw.js, written after the build by scripts/build-offline.ts).
              "worker-src 'self'",
              "object-src 'none'",
              "base-uri 'self'",
              "form-action 'self'",
            ],
            scriptDirective: { resources: ["'self'"] },
            styleDirective: { resources: ["'self'"] },
          },
        },
      }),
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
    // A test copy of the project links node_modules to the project's (scripts/lib/project-copy.ts):
    // the dev server may serve files from where that link points, as from its own node_modules.
    server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] } },
  },
});
