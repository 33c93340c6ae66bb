import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { seedCopy } from './e2e-cms/seed';
import { copyProject } from './scripts/lib/project-copy';

/**
 * Editing through the real Keystatic admin in local mode, against a dev server
 * (site + CMS) started on its own port in a temporary copy of the project:
 * saves land in the copy's content/, never in the project's, and an officer's
 * running `npm start` is never reused. The copy's folder reaches the tests as
 * CMS_TEST_SITE (set once here by the runner; workers inherit it) and is
 * removed by e2e-cms/teardown.ts.
 */
if (!process.env.CMS_TEST_SITE) {
  process.env.CMS_TEST_SITE = copyProject('cms-e2e');
  seedCopy(process.env.CMS_TEST_SITE);
}
export const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 4331);

export default defineConfig({
  ...base,
  testDir: 'e2e-cms',
  outputDir: 'test-results/cms',
  fullyParallel: false,
  workers: 1,
  globalTeardown: './e2e-cms/teardown.ts',
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-cms.json' }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${CMS_PORT}` },
  projects: [{ name: 'cms-desktop', use: { viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: `npx astro dev --host 127.0.0.1 --port ${CMS_PORT}`,
    cwd: process.env.CMS_TEST_SITE,
    url: `http://127.0.0.1:${CMS_PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
