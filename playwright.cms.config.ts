import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Editing through the real Keystatic admin in local mode, against the dev
 * server (site + CMS). Saves go to content/; each test removes what it made.
 */
export default defineConfig({
  ...base,
  testDir: 'e2e-cms',
  outputDir: 'test-results/cms',
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-cms.json' }]],
  use: { ...base.use, baseURL: 'http://127.0.0.1:4321' },
  projects: [{ name: 'cms-desktop', use: { viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: 'npx astro dev --host 127.0.0.1 --port 4321',
    url: 'http://127.0.0.1:4321/',
    // A developer's running `npm start` is the same server: reuse it.
    reuseExistingServer: true,
    timeout: 120_000,
  },
});
